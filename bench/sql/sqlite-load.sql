-- Loads every CSV file of a data folder (run from inside it) into SQLite tables whose declared
-- types match schema.json; ids are INTEGER PRIMARY KEYs so a join looks a row up by id.
CREATE TABLE orgs (id INTEGER PRIMARY KEY, name TEXT, category TEXT, secretary TEXT);
CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT, gender TEXT, born INTEGER, joined TEXT,
  org INTEGER, category TEXT, post TEXT, in_service TEXT, exempt TEXT, phone TEXT);
CREATE TABLE experts (id INTEGER PRIMARY KEY, name TEXT, affiliation TEXT, field TEXT, title TEXT);
CREATE TABLE bases (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, district TEXT);
CREATE TABLE projects (id INTEGER PRIMARY KEY, name TEXT, org INTEGER, year INTEGER, status TEXT);
CREATE TABLE cases (id INTEGER PRIMARY KEY, title TEXT, org INTEGER, year INTEGER, topic TEXT);
CREATE TABLE sessions (id INTEGER PRIMARY KEY, date TEXT, type TEXT, title TEXT, teacher INTEGER,
  speaker INTEGER, host INTEGER, audience TEXT, venue TEXT, mode TEXT, hours REAL, base INTEGER);
CREATE TABLE attendance (session INTEGER, member INTEGER, hours REAL, score INTEGER);
CREATE TABLE plans (id INTEGER PRIMARY KEY, category TEXT, month TEXT, task TEXT, deadline TEXT,
  status TEXT, done_on TEXT);
.import --csv --skip 1 orgs.csv orgs
.import --csv --skip 1 members.csv members
.import --csv --skip 1 experts.csv experts
.import --csv --skip 1 bases.csv bases
.import --csv --skip 1 projects.csv projects
.import --csv --skip 1 cases.csv cases
.import --csv --skip 1 sessions.csv sessions
.import --csv --skip 1 attendance.csv attendance
.import --csv --skip 1 plans.csv plans
