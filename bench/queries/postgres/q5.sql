SELECT o.name, count(*) AS n FROM attendance a JOIN members m ON m.id = a.member JOIN orgs o ON o.id = m.org GROUP BY o.name ORDER BY n DESC, o.name LIMIT 10;
