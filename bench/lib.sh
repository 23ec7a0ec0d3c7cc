# Shared by bench/run and bench/soak (sourced, not run): settings, logging, psql, the packaged jar
# as a server, the build, the database with its seed, request paths and voters' tokens.
# The caller sets BUILD (1: build the jar) and LOG_TAG, then calls bench_begin REPORT-NAME.
# Environment: BENCH_PORT (8090), BENCH_DB (ladder_bench), BENCH_JAVA_OPTS (JVM options; default:
# the production settings of docker/Dockerfile, a 128 MB heap with the serial collector and the
# native heap trimmed every 2 s, as RSS <= 350 MB asks; the JVM's default heap is a quarter of RAM).

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
PORT=${BENCH_PORT:-8090}
JAVA_OPTS=${BENCH_JAVA_OPTS-"-Xmx128m -XX:+UseSerialGC -Xss512k -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=2000"}
BASE="http://127.0.0.1:$PORT"
DB=${BENCH_DB:-ladder_bench}
DB_USER=ladder DB_PASSWORD=ladder    # the dev/test role that bin/db-setup creates
SEARCH_TERMS=(career promotion equity burnout kubernetes "staff engineer" "negotiate offer" layoffs mentor
              "system design" quixotic "remote startup")
# Seed size: 10k users, 100k questions, 400k answers, 2M votes (500k on questions, 1.5M on answers),
# 300k comments.
SEED_ARGS=(-v users=10000 -v questions=100000 -v answers=400000 -v qvotes=500000 -v avotes=1500000 -v comments=300000)
SEED_MARKER="v2 10000 100000 400000 2000000"
SERVER_ENV=()     # more environment for the server, NAME=value each

log() { printf '[%s %4ss] %s\n' "${LOG_TAG:-bench}" "$(( $(date +%s) - T_START ))" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# psql as the superuser, over the local socket (works whatever TCP auth says); SQL on stdin.
as_postgres() {
  if [ "$(id -un)" = postgres ]; then psql -X -q -v ON_ERROR_STOP=1 "$@"
  elif [ "$(id -u)" = 0 ]; then (cd / && su postgres -c "psql -X -q -v ON_ERROR_STOP=1 $(printf '%q ' "$@")")
  else sudo -u postgres psql -X -q -v ON_ERROR_STOP=1 "$@"
  fi
}
# psql as the app's role over TCP, as the app connects.
psql_app() { PGPASSWORD=$DB_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "$DB_USER" -d "$DB" "$@"; }

# bench_begin REPORT-NAME: takes the database's lock, makes this run's directories and throwaway keys.
bench_begin() {
  # One run at a time per database, whichever checkout it runs from: two would reseed and measure
  # under each other.
  exec 9>"/tmp/ladder-bench-$DB.lock"
  flock -n 9 || { echo "another bench run is using $DB (lock /tmp/ladder-bench-$DB.lock)" >&2; exit 1; }
  RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)
  RUN_DIR="$BENCH_DIR/results/$RUN_ID"   # raw outputs of this run (not committed)
  REPORT="$BENCH_DIR/results/$1.md"
  TMP=$(mktemp -d)
  mkdir -p "$RUN_DIR"
  T_START=$(date +%s)
  trap cleanup EXIT
  trap 'exit 130' INT TERM
  # Throwaway RSA key pair: the prod profile refuses to start without keys of its own.
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$TMP/private.pem" 2>/dev/null
  openssl pkey -in "$TMP/private.pem" -pubout -out "$TMP/public.pem"
}

# ---- the server ---------------------------------------------------------------------------------
SERVER_PID="" LOG_STATEMENTS_ON=0 STARTUPS=()
cleanup() {
  local rc=$?
  stop_server
  if [ "$LOG_STATEMENTS_ON" = 1 ]; then
    echo "ALTER DATABASE $DB RESET log_statement" | as_postgres -d postgres || true
  fi
  rm -rf "$TMP"
  exit $rc
}

# start_server NAME [uncounted]: starts the packaged jar (prod profile) and waits until
# /q/health/ready is UP. Sets STARTUP_MS (process start to ready, polled every 20 ms) and STARTED_IN
# (Quarkus' own figure); an uncounted start is left out of STARTUPS and the best startup.
start_server() {
  local name=$1 counted=${2:-counted} t0
  SERVER_LOG="$RUN_DIR/server-$name.log"
  # Another server on the port would answer the readiness probe and be measured instead of ours.
  ! curl -s -o /dev/null "$BASE/" || die "port $PORT is already in use: stop that server or set BENCH_PORT"
  t0=$(now_ms)
  # The rate limits stay on, so their cost is measured, but out of reach: wrk is one address and
  # the vote scenario is 50 users writing as fast as they can. No SMTP server here: the mail jobs stay off.
  env LADDER_RATE_LIMIT_AUTH_CAPACITY=1000000 LADDER_RATE_LIMIT_LOGIN_CAPACITY=1000000 \
  LADDER_MAIL_ANSWERS_EVERY=off LADDER_MAIL_DIGEST_EVERY=off \
  LADDER_RATE_LIMIT_WRITES_CAPACITY=1000000000 LADDER_RATE_LIMIT_READS_CAPACITY=1000000000 \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$TMP/public.pem" SMALLRYE_JWT_SIGN_KEY_LOCATION="$TMP/private.pem" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_DATASOURCE_USERNAME=$DB_USER QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD QUARKUS_HTTP_PORT=$PORT \
    MALLOC_ARENA_MAX=2 "${SERVER_ENV[@]}" bash -c "cd '$ROOT/target/quarkus-app' && exec java $JAVA_OPTS $CDS_OPTS -jar quarkus-run.jar" \
    >"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  until curl -sf -o /dev/null "$BASE/q/health/ready"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$SERVER_LOG" >&2; SERVER_PID=""; die "server exited (log: $SERVER_LOG)"; }
    [ $(( $(now_ms) - t0 )) -lt 90000 ] || die "server not ready after 90 s (log: $SERVER_LOG)"
    sleep 0.02
  done
  STARTUP_MS=$(( $(now_ms) - t0 ))
  for _ in $(seq 50); do   # readiness can answer a moment before Quarkus logs its "started in"
    STARTED_IN=$(sed -n 's/.* started in \([0-9.]*\)s\..*/\1/p' "$SERVER_LOG" | head -1)
    [ -z "$STARTED_IN" ] || break; sleep 0.1
  done
  log "server ($name) ready in ${STARTUP_MS} ms (Quarkus: started in ${STARTED_IN:-?}s), pid $SERVER_PID"
  [ "$counted" = counted ] || return 0
  STARTUPS+=("$STARTUP_MS")
  if [ -z "${BEST_STARTUP_MS:-}" ] || [ "$STARTUP_MS" -lt "$BEST_STARTUP_MS" ]; then
    BEST_STARTUP_MS=$STARTUP_MS BEST_STARTED_IN=$STARTED_IN
  fi
}

stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
  fi
}

# The server's resident memory, in MB.
server_rss_mb() { echo $(( $(ps -o rss= -p "$SERVER_PID") / 1024 )); }

# ---- build --------------------------------------------------------------------------------------
# build_jar TOOLS...: installs wrk when missing (Debian, as root), checks the tools, builds the jar
# with its AppCDS archive when BUILD=1, and sets CDS_OPTS.
build_jar() {
  # wrk is the one tool a fresh machine of this kind lacks; Debian packages it.
  if ! command -v wrk >/dev/null && [ "$(id -u)" = 0 ]; then
    log "installing wrk (apt-get install wrk)"
    { apt-get update -qq && apt-get install -y -qq wrk; } >"$RUN_DIR/apt.log" 2>&1 || die "could not install wrk: see $RUN_DIR/apt.log"
  fi
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || die "$tool is missing (wrk: apt-get install wrk)"
  done
  if [ "$BUILD" = 1 ]; then
    log "building the jar with its AppCDS archive (./mvnw -B -DskipTests -Dquarkus.package.jar.aot.enabled=true package)"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests -Dquarkus.package.jar.aot.enabled=true package) >"$RUN_DIR/build.log" 2>&1 \
      || { tail -30 "$RUN_DIR/build.log" >&2; die "build failed"; }
  fi
  [ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || die "no target/quarkus-app/quarkus-run.jar: build first"
  # The class archive made at package time saves the JVM parsing and verifying ~10k classes at every
  # start; it only fits the JVM that made it (the JVM ignores one that does not) and names the jar by
  # a relative path, so the server starts from target/quarkus-app.
  CDS_OPTS=""
  if [ -f "$ROOT/target/quarkus-app/app-cds.jsa" ]; then CDS_OPTS="-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto"; fi
}

# train_class_archive: one uncounted start that writes target/quarkus-app/app-cds.jsa anew, and the
# later starts map it. The archive Quarkus makes at package time is written before runtime init, so
# 4.8k of the 13k classes a start loads were still parsed and verified at every start: Flyway,
# Hibernate's runtime, the JDBC driver, OpenAPI's document (counted with -Xlog:class+load). This
# archive is the JVM's own record (-XX:ArchiveClassesAtExit) of everything one start against the
# database, the main reads and a stop loaded.
train_class_archive() {
  local archive="$ROOT/target/quarkus-app/app-cds.jsa" question
  CDS_OPTS="-XX:ArchiveClassesAtExit=app-cds.jsa.new"
  start_server train uncounted
  question=$(curl -sf "$BASE/api/v1/questions?limit=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
  for path in "/api/v1/questions/$question?include=answers" "/api/v1/questions/$question/related" \
      "/api/v1/questions?sort=top" "/api/v1/search?q=career" /api/v1/topics /q/openapi /q/metrics; do
    curl -s -o /dev/null "$BASE$path"
  done
  stop_server   # the JVM writes the archive as it exits
  [ -s "$archive.new" ] || die "the training start wrote no class archive (log: $SERVER_LOG)"
  mv -f "$archive.new" "$archive"
  CDS_OPTS="-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto"
  log "class archive trained: $(( $(stat -c %s "$archive") / 1048576 )) MB"
}

# ---- database: role, database, schema (Flyway, by starting the jar once), seed -------------------
# prepare_database RESEED: reuses the seed (unless RESEED=1) or makes it. Sets SEED_NOTE.
prepare_database() {
  local reseed=$1 marker="" seed_seconds t0
  pg_isready -q -h 127.0.0.1 || die "PostgreSQL is not answering on 127.0.0.1:5432"
  as_postgres -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
  END IF;
END \$\$;
SQL
  if [ "$(as_postgres -d postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
    log "creating database $DB"
    as_postgres -d postgres -c "CREATE DATABASE $DB OWNER $DB_USER"
  fi
  # A run that was killed may have left statement logging on.
  echo "ALTER DATABASE $DB RESET log_statement" | as_postgres -d postgres

  start_server migrate   # Flyway migrates at start
  stop_server

  # Two queries: PostgreSQL resolves every table a query names before it runs, seed or no seed.
  if [ "$(psql_app -tA -c "SELECT to_regclass('bench.seed') IS NOT NULL")" = t ]; then
    marker=$(psql_app -tA -c "SELECT concat_ws(' ', version, users, questions, answers, votes) FROM bench.seed")
  fi
  if [ "$reseed" = 0 ] && [ "$marker" = "$SEED_MARKER" ]; then
    SEED_NOTE="reused ($(psql_app -tA -c "SELECT 'seeded ' || to_char(seeded_at, 'YYYY-MM-DD HH24:MI') || ' UTC in ' || seconds || ' s' FROM bench.seed"))"
    log "seed: $SEED_NOTE"
  else
    log "seeding $DB (users, positions, questions, answers, votes, topics)"
    t0=$(now_ms)
    (cd "$BENCH_DIR/sql" && psql_app "${SEED_ARGS[@]}" -f seed.sql) >"$RUN_DIR/seed.log" 2>&1 \
      || { tail -20 "$RUN_DIR/seed.log" >&2; die "seed failed"; }
    seed_seconds=$(( ($(now_ms) - t0) / 1000 ))
    log "seeded in ${seed_seconds} s; checking consistency"
    check_database
    SEED_NOTE="seeded in this run: ${seed_seconds} s (incl. VACUUM ANALYZE), consistency check passed"
  fi
}

# check_database: every rule of sql/check.sql holds (each line says 0), or the run dies.
check_database() {
  psql_app -f "$BENCH_DIR/sql/check.sql" | tee "$RUN_DIR/check.txt" >&2
  psql_app -tA -F' ' -f "$BENCH_DIR/sql/check.sql" | awk '$NF != 0 { bad = 1 } END { exit bad }' \
    || die "the database is inconsistent (see above)"
}

# write_paths PAGE-IDS VOTE-IDS: request lists in $TMP for the rotating scenarios: page-paths,
# comments-paths (the same pages with their first comments), related-paths, vote-paths (questions),
# search-paths.
write_paths() {
  local term
  psql_app -tA -c "SELECT '/api/v1/questions/' || id || '?include=answers' FROM bench.question_ids WHERE n <= $1" >"$TMP/page-paths"
  sed 's/?include=answers$/?include=answers,comments/' "$TMP/page-paths" >"$TMP/comments-paths"
  psql_app -tA -c "SELECT '/api/v1/questions/' || id || '/related' FROM bench.question_ids WHERE n <= $1" >"$TMP/related-paths"
  psql_app -tA -c "SELECT '/api/v1/questions/' || id || '/vote' FROM bench.question_ids WHERE n <= $2" >"$TMP/vote-paths"
  for term in "${SEARCH_TERMS[@]}"; do echo "/api/v1/search?q=${term// /%20}"; done >"$TMP/search-paths"
}

# account_tokens ROLE COUNT FILE: access tokens of COUNT accounts bench_ROLE_01.., one a line, in
# FILE. Fixed handles, registered on the first run and logged in on later ones (fewer accounts, and
# registration rate limits are not hit by reruns). Voters author nothing: no 403 for self-votes.
account_tokens() {
  local role=$1 count=$2 file=$3 i handle resp token
  : >"$file"
  for i in $(seq -w 1 "$count"); do
    handle="bench_${role}_$i"
    resp=$(curl -s -X POST "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' \
      -d "{\"handle\":\"$handle\",\"email\":\"$handle@bench.ladder.test\",\"password\":\"bench-password-1\",\"displayName\":\"Bench ${role^} $i\"}")
    case "$resp" in *'"accessToken"'*) ;; *)
      resp=$(curl -s -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
        -d "{\"login\":\"$handle\",\"password\":\"bench-password-1\"}") ;;
    esac
    token=$(sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p' <<<"$resp")
    [ -n "$token" ] || die "no token for $handle: $resp"
    echo "$token" >>"$file"
  done
  log "$count $role tokens ready"
}
