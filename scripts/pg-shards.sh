#!/usr/bin/env bash
# Past one machine: spreads a table of a Dangke database over two more PostgreSQL servers as
# hash partitions (postgres_fdw foreign partitions of a coordinator table). The coordinator
# keeps every other table; Dangke keeps talking to the coordinator only.
#
#   scripts/pg-shards.sh start DIR COORDINATOR_URL [TABLE [KEY]]
#       starts two throwaway servers in DIR/shard0 and DIR/shard1 (scripts/pg-test-cluster.sh),
#       and moves TABLE (default attendance), hashed on KEY (default member), onto them
#   scripts/pg-shards.sh stop DIR
#
# The coordinator's user must be a superuser (CREATE EXTENSION postgres_fdw). The same steps
# work with servers that already run: see README, "PostgreSQL past one machine".
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

case "${1:-}" in
start)
  dir=${2:?usage: pg-shards.sh start DIR COORDINATOR_URL [TABLE [KEY]]}
  coordinator=${3:?usage: pg-shards.sh start DIR COORDINATOR_URL [TABLE [KEY]]}
  table=${4:-attendance}
  key=${5:-member}
  mkdir -p "$dir"
  sql="create extension if not exists postgres_fdw;"
  columns=$(psql -XAtq "$coordinator" -c "
    select string_agg(format('%I %s', attname, format_type(atttypid, atttypmod)), ', '
                      order by attnum)
    from pg_attribute where attrelid = '$table'::regclass and attnum > 0 and not attisdropped")
  comment=$(psql -XAtq "$coordinator" -c "select coalesce(obj_description('$table'::regclass, 'pg_class'), '')")
  for i in 0 1; do
    url=$(PG_PORT=$((56432 + i * 10)) "$here/pg-test-cluster.sh" start "$dir/shard$i")
    echo "$url" >"$dir/shard$i.url"
    # postgresql://user:password@host:port/db
    rest=${url#postgresql://}
    user=${rest%%:*}; rest=${rest#*:}
    password=${rest%%@*}; rest=${rest#*@}
    host=${rest%%:*}; rest=${rest#*:}
    port=${rest%%/*}; db=${rest#*/}
    psql -Xq -v ON_ERROR_STOP=1 "$url" -c "create table ${table}_p$i ($columns)"
    sql+="
      create server shard$i foreign data wrapper postgres_fdw
        options (host '$host', port '$port', dbname '$db');
      create user mapping for current_user server shard$i
        options (user '$user', password '$password');"
  done
  psql -Xq -v ON_ERROR_STOP=1 "$coordinator" <<SQL
begin;
$sql
alter table $table rename to ${table}_local;
create table $table ($columns) partition by hash ($key);
create foreign table ${table}_p0 partition of $table for values with (modulus 2, remainder 0)
  server shard0 options (table_name '${table}_p0');
create foreign table ${table}_p1 partition of $table for values with (modulus 2, remainder 1)
  server shard1 options (table_name '${table}_p1');
insert into $table select * from ${table}_local;
drop table ${table}_local;
comment on table $table is '$comment';
commit;
analyze $table;
SQL
  for i in 0 1; do
    n=$(psql -XAtq "$(cat "$dir/shard$i.url")" -c "select count(*) from ${table}_p$i")
    echo "shard$i: $n rows of $table at $(sed 's/:[^:@]*@/:***@/' "$dir/shard$i.url")"
  done
  ;;
stop)
  dir=${2:?usage: pg-shards.sh stop DIR}
  for i in 0 1; do "$here/pg-test-cluster.sh" stop "$dir/shard$i"; done
  rm -rf "$dir"
  ;;
*)
  echo "usage: pg-shards.sh start DIR COORDINATOR_URL [TABLE [KEY]] | stop DIR" >&2
  exit 2
  ;;
esac
