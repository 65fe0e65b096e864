SELECT substr(date, 1, 7) AS month, count(*) FROM sessions WHERE type = 'micro' GROUP BY 1 ORDER BY 1;
