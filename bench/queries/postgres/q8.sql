SELECT s.date, s.title, b.name FROM sessions s LEFT JOIN bases b ON b.id = s.base WHERE s.type = 'practice' ORDER BY s.date DESC, s.id LIMIT 20;
