SELECT to_char(date, 'YYYY-MM') AS month, count(*) FROM sessions WHERE type = 'micro' GROUP BY 1 ORDER BY 1;
