SELECT count(*) FROM members WHERE name LIKE '%王%';
