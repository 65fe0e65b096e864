-- Loads every CSV file of a data folder (run from inside it) into DuckDB tables, types auto-detected.
CREATE TABLE orgs AS FROM read_csv('orgs.csv');
CREATE TABLE members AS FROM read_csv('members.csv');
CREATE TABLE experts AS FROM read_csv('experts.csv');
CREATE TABLE bases AS FROM read_csv('bases.csv');
CREATE TABLE projects AS FROM read_csv('projects.csv');
CREATE TABLE cases AS FROM read_csv('cases.csv');
CREATE TABLE sessions AS FROM read_csv('sessions.csv');
CREATE TABLE attendance AS FROM read_csv('attendance.csv');
CREATE TABLE plans AS FROM read_csv('plans.csv');
