SELECT m.category, count(*) FROM attendance a LEFT JOIN members m ON m.id = a.member GROUP BY 1 ORDER BY 1;
