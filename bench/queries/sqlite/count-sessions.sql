SELECT count(*) FROM sessions;
