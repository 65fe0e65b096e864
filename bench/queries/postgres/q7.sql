SELECT to_char(s.date, 'YYYY-MM') AS month, s.mode, sum(a.hours) FROM attendance a JOIN sessions s ON s.id = a.session GROUP BY 1, 2 ORDER BY 1, 2;
