SELECT s.type, avg(a.score) FROM attendance a LEFT JOIN sessions s ON s.id = a.session GROUP BY 1 ORDER BY 1;
