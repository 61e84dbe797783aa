# Starts a throwaway PostgreSQL and Redis on 127.0.0.1 for the integration tests and exports
# EVENTLINE_TEST_PG and EVENTLINE_TEST_REDIS. Meant to be sourced (". scripts/ci-services.sh");
# installs postgresql and redis-server from Debian's packages when they are missing, and stops
# both servers (and removes their data) when the calling shell exits.
# Ports: EVENTLINE_CI_PG_PORT (default 55432), EVENTLINE_CI_REDIS_PORT (default 6390).

el_ci_services() {
  local pg_port="${EVENTLINE_CI_PG_PORT:-55432}" redis_port="${EVENTLINE_CI_REDIS_PORT:-6390}"
  local need=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
  if [ ${#need[@]} -gt 0 ]; then
    echo "ci-services: installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  EL_CI_DIR="$(mktemp -d /tmp/eventline-ci.XXXXXX)"
  chmod 755 "$EL_CI_DIR"
  mkdir -p "$EL_CI_DIR/pg" "$EL_CI_DIR/sock"
  # initdb refuses to run as root; the postgres user owns the throwaway cluster.
  local as=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$EL_CI_DIR/pg" "$EL_CI_DIR/sock"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$EL_CI_DIR/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$EL_CI_DIR/initdb.log" 2>&1 \
    || { cat "$EL_CI_DIR/initdb.log"; return 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$EL_CI_DIR/pg/data" -l "$EL_CI_DIR/pg/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $EL_CI_DIR/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
    || { cat "$EL_CI_DIR/pg/server.log"; return 1; }
  "${as[@]}" "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE eventline_test" >/dev/null
  redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --daemonize yes \
    --dir "$EL_CI_DIR" --pidfile "$EL_CI_DIR/redis.pid" --logfile "$EL_CI_DIR/redis.log" >/dev/null
  local i
  for i in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  redis-cli -p "$redis_port" ping >/dev/null || { cat "$EL_CI_DIR/redis.log"; return 1; }
  export EVENTLINE_TEST_PG="postgres://postgres@127.0.0.1:$pg_port/eventline_test"
  export EVENTLINE_TEST_REDIS="redis://127.0.0.1:$redis_port"
  EL_CI_STOP="'$bin/pg_ctl' -D '$EL_CI_DIR/pg/data' -m immediate stop >/dev/null 2>&1; redis-cli -p $redis_port shutdown nosave >/dev/null 2>&1; rm -rf '$EL_CI_DIR'"
  [ ${#as[@]} -gt 0 ] && EL_CI_STOP="runuser -u postgres -- $EL_CI_STOP"
  trap 'eval "$EL_CI_STOP"' EXIT
  echo "ci-services: PostgreSQL on 127.0.0.1:$pg_port, Redis on 127.0.0.1:$redis_port"
}

el_ci_services
