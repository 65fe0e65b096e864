-- A database made by hand with psql, never touched by Dangke: three tables, foreign keys and
-- Chinese comments.
create table branch (
  id integer primary key,
  name text not null,
  founded date
);
create table member (
  id integer primary key,
  name text not null,
  branch_id integer references branch (id),
  joined date,
  dues numeric(8, 2)
);
create table study (
  id bigserial primary key,
  member_id integer not null references member (id),
  day date not null,
  hours double precision,
  online boolean
);
comment on table branch is '党支部';
comment on column branch.name is '支部名称';
comment on table member is '党员';
comment on column member.name is '姓名';
comment on column member.branch_id is '所在支部';
comment on table study is '学习记录';
comment on column study.day is '日期';
comment on column study.hours is '学时';
insert into branch values (1, '第一支部', '2001-07-01'), (2, '第二支部', null);
insert into member values
  (1, '张伟', 1, '2010-05-04', 12.50),
  (2, '李娜', 1, '2012-07-01', null),
  (3, '王芳', 2, '2015-03-08', 8.00);
insert into study (member_id, day, hours, online) values
  (1, '2016-11-03', 2.5, true),
  (1, '2016-11-17', 1.5, false),
  (2, '2016-11-03', 2.5, true),
  (3, '2016-12-01', 3, null);
