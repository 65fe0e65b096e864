-- A database made by hand whose foreign keys do not name `id`: a text primary key
-- (orgs.code), a unique column of a table with no primary key (members.badge), a
-- self-reference (members.introducer), two references to the same table (org_code,
-- former_org) and a foreign key of two columns (region, region_no), which Dangke reads but
-- does not follow.
create table orgs (
  code text primary key,
  name text not null
);
create table regions (
  region text,
  number integer,
  title text,
  primary key (region, number)
);
create table members (
  badge text not null unique,
  name text not null,
  org_code text references orgs (code),
  former_org text references orgs (code),
  introducer text references members (badge),
  region text,
  region_no integer,
  foreign key (region, region_no) references regions (region, number)
);
create table dues (
  member_badge text not null references members (badge),
  month text not null,
  amount numeric(8, 2)
);
comment on table orgs is '党组织';
comment on table members is '党员';
comment on column members.org_code is '所在组织';
comment on table dues is '党费';
insert into orgs values ('A01', '第一支部'), ('B02', '第二支部'), ('C03', '机关支部');
insert into regions values ('东城', 1, '东城一片'), ('西城', 1, '西城一片');
insert into members values
  ('M1', '张伟', 'A01', null, null, '东城', 1),
  ('M2', '李娜', 'A01', 'B02', 'M1', '东城', 1),
  ('M3', '王芳', 'B02', 'A01', 'M1', '西城', 1),
  ('M4', '刘洋', null, 'C03', 'M3', null, null);
insert into dues values
  ('M1', '2016-11', 50.00), ('M1', '2016-12', 50.00), ('M2', '2016-11', 30.50),
  ('M3', '2016-11', 20.00), ('M4', '2016-12', 10.00);
comment on column members.region is '片区';
