#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on loopback, for the reliability tests (issue 12).
#
#   cluster.sh start DIR       start the cluster (or the nodes of it that are down) and wait until
#                              all three are Synced, wsrep_cluster_size=3, and database `test` exists
#   cluster.sh stop DIR        stop every node (SIGTERM, then SIGKILL after a bounded wait)
#   cluster.sh kill NODE DIR   SIGKILL one node's mariadbd (NODE is 1, 2 or 3): a crash, not a shutdown
#   cluster.sh status DIR      one line per node: port, pid, wsrep state and cluster size
#
# Nodes: client ports 3311-3313, group communication 4571-4573, IST 4581-4583, rsync SST 4591-4593,
# all on 127.0.0.1; data, sockets, logs and pid files under DIR/node{1,2,3}. The machine's own MariaDB
# (3306) is never touched. When no node is running, `start` initialises DIR afresh (it is scratch
# space) and bootstraps node 1; when some run, it only starts the missing ones as joiners.
# The nodes run as user `mysql`: rsync state transfer fails as root. Root connects without a
# password over TCP from 127.0.0.1 (test clusters only).
set -euo pipefail

PROVIDER=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}
START_TIMEOUT=${GALERA_START_TIMEOUT:-90}   # seconds per node to reach Synced
STOP_TIMEOUT=${GALERA_STOP_TIMEOUT:-30}     # seconds per node to exit after SIGTERM
RUN_AS=${GALERA_USER:-mysql}
NODES=(1 2 3)

die() { echo "cluster.sh: $*" >&2; exit 1; }
say() { echo "cluster.sh: $*" >&2; }

usage() {
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

client_port() { echo $((3310 + $1)); }
node_dir() { echo "$DIR/node$1"; }

pid_of() {
  local file
  file="$(node_dir "$1")/mariadbd.pid"
  [ -s "$file" ] || return 1
  local pid
  pid=$(cat "$file")
  kill -0 "$pid" 2>/dev/null || return 1
  # A recycled pid is not our node: check that it is a mariadbd using this node's config.
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "--defaults-file=$(node_dir "$1")/my.cnf" || return 1
  echo "$pid"
}

running() { pid_of "$1" >/dev/null; }

sql() { # sql NODE STATEMENT: run as root over the node's socket, tab-separated, no headers
  mariadb --no-defaults --protocol=socket -S "$(node_dir "$1")/mariadbd.sock" -uroot -N -B -e "$2" 2>/dev/null
}

status_var() { sql "$1" "SHOW GLOBAL STATUS LIKE '$2'" | cut -f2; }

check_tools() {
  local missing=()
  for tool in mariadbd mariadb-install-db mariadb rsync; do
    command -v "$tool" >/dev/null || missing+=("$tool")
  done
  [ -e "$PROVIDER" ] || missing+=("galera-4 ($PROVIDER)")
  id "$RUN_AS" >/dev/null 2>&1 || missing+=("user $RUN_AS")
  [ ${#missing[@]} -eq 0 ] || die "missing: ${missing[*]} (Debian: apt-get install mariadb-server galera-4 rsync)"
}

write_config() { # write_config NODE
  local n=$1 dir
  dir=$(node_dir "$n")
  cat >"$dir/my.cnf" <<EOF
[mysqld]
user=$RUN_AS
datadir=$dir/data
socket=$dir/mariadbd.sock
pid-file=$dir/mariadbd.pid
log-error=$dir/error.log
port=$(client_port "$n")
bind-address=127.0.0.1
skip-name-resolve
# Galera replicates row images of InnoDB tables only.
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=64M
innodb_log_file_size=32M
# A node's own log is flushed once a second: an acknowledged write is safe because every node
# has certified and will apply it, not because one node fsynced it.
innodb_flush_log_at_trx_commit=2
max_connections=200
character-set-server=utf8mb4
collation-server=utf8mb4_bin
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=propertydesk-test
wsrep_cluster_address=gcomm://127.0.0.1:4571,127.0.0.1:4572,127.0.0.1:4573
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$((4570 + n))
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((4570 + n));ist.recv_addr=127.0.0.1:$((4580 + n));gcache.size=64M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;evs.install_timeout=PT6S"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((4590 + n))
wsrep_slave_threads=2
EOF
}

init_node() { # init_node NODE: a fresh data directory owned by the node's user
  local n=$1 dir
  dir=$(node_dir "$n")
  rm -rf "$dir"
  mkdir -p "$dir/data"
  write_config "$n"
  mariadb-install-db --no-defaults --datadir="$dir/data" --user="$RUN_AS" \
      --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1 \
    || die "mariadb-install-db failed for node $n:
$(grep -m 5 -i error "$dir/install.log")"
  [ -e "$dir/data/mysql/global_priv.frm" ] || die "mariadb-install-db left no grant tables for node $n; see $dir/install.log"
  chown -R "$RUN_AS": "$dir"
}

launch() { # launch NODE [--wsrep-new-cluster]
  local n=$1 dir
  shift
  dir=$(node_dir "$n")
  write_config "$n"
  chown -R "$RUN_AS": "$dir"
  rm -f "$dir/mariadbd.pid"
  # Detached from the caller's session, so a test runner that exits does not take the node along.
  setsid mariadbd --defaults-file="$dir/my.cnf" "$@" </dev/null >>"$dir/stdout.log" 2>&1 &
}

wait_synced() { # wait_synced NODE
  local n=$1 state="" deadline=$((SECONDS + START_TIMEOUT))
  while [ $SECONDS -lt $deadline ]; do
    if [ -s "$(node_dir "$n")/mariadbd.pid" ] && ! running "$n"; then
      die "node $n exited while starting; last lines of $(node_dir "$n")/error.log:
$(tail -n 15 "$(node_dir "$n")/error.log" 2>/dev/null)"
    fi
    state=$(status_var "$n" wsrep_local_state_comment || true)
    [ "$state" = "Synced" ] && return 0
    sleep 0.5
  done
  die "node $n not Synced after ${START_TIMEOUT}s (state '${state:-no answer}'); last lines of $(node_dir "$n")/error.log:
$(tail -n 15 "$(node_dir "$n")/error.log" 2>/dev/null)"
}

wait_size() { # wait_size NODE SIZE
  local deadline=$((SECONDS + START_TIMEOUT)) size=""
  while [ $SECONDS -lt $deadline ]; do
    size=$(status_var "$1" wsrep_cluster_size || true)
    [ "$size" = "$2" ] && return 0
    sleep 0.5
  done
  die "node $1 sees a cluster of ${size:-?} nodes, not $2, after ${START_TIMEOUT}s"
}

start() {
  check_tools
  mkdir -p "$DIR"
  DIR=$(cd "$DIR" && pwd)
  # The nodes' user must be able to reach DIR.
  su -s /bin/sh "$RUN_AS" -c "test -x '$DIR'" 2>/dev/null || die "user $RUN_AS cannot enter $DIR"
  local up=()
  for n in "${NODES[@]}"; do running "$n" && up+=("$n"); done
  if [ ${#up[@]} -eq 0 ]; then
    for n in "${NODES[@]}"; do
      for port in "$(client_port "$n")" $((4570 + n)) $((4580 + n)) $((4590 + n)); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
          die "port $port on 127.0.0.1 is taken by another process"
        fi
      done
    done
    say "initialising three data directories under $DIR"
    # One after the other: parallel bootstraps collide on temporary tables in the shared tmpdir.
    for n in "${NODES[@]}"; do init_node "$n"; done
    say "bootstrapping node 1"
    launch 1 --wsrep-new-cluster
    wait_synced 1
    up=(1)
  fi
  for n in "${NODES[@]}"; do
    if ! running "$n"; then
      say "node $n joining"
      launch "$n"
      wait_synced "$n"
    fi
  done
  local first=${up[0]}
  wait_size "$first" 3
  for n in "${NODES[@]}"; do wait_synced "$n"; done
  sql "$first" "CREATE DATABASE IF NOT EXISTS test CHARACTER SET utf8mb4 COLLATE utf8mb4_bin" \
    || die "could not create database test on node $first"
  status
}

stop() {
  [ -d "$DIR" ] || return 0
  local n pid deadline
  for n in 3 2 1; do
    pid=$(pid_of "$n") || continue
    kill -TERM "$pid" 2>/dev/null || true
    deadline=$((SECONDS + STOP_TIMEOUT))
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      say "node $n did not stop in ${STOP_TIMEOUT}s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    say "node $n stopped"
  done
}

kill_node() {
  case "$NODE" in 1|2|3) ;; *) die "NODE must be 1, 2 or 3, not '$NODE'";; esac
  local pid
  pid=$(pid_of "$NODE") || die "node $NODE is not running"
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  say "node $NODE (pid $pid) killed"
}

status() {
  local n pid any=1
  for n in "${NODES[@]}"; do
    if pid=$(pid_of "$n"); then
      any=0
      printf 'node%s port %s pid %s state %s cluster_size %s\n' "$n" "$(client_port "$n")" "$pid" \
        "$(status_var "$n" wsrep_local_state_comment || echo '?')" "$(status_var "$n" wsrep_cluster_size || echo '?')"
    else
      printf 'node%s port %s down\n' "$n" "$(client_port "$n")"
    fi
  done
  return $any
}

[ $# -ge 2 ] || usage
COMMAND=$1
case "$COMMAND" in
  start|stop|status) [ $# -eq 2 ] || usage; DIR=$2 ;;
  kill) [ $# -eq 3 ] || usage; NODE=$2; DIR=$3 ;;
  *) usage ;;
esac
# Absolute, so that a node's command line (which names its config file) identifies it.
[ -d "$DIR" ] && DIR=$(cd "$DIR" && pwd)
case "$COMMAND" in
  start) start ;;
  stop) stop ;;
  kill) kill_node ;;
  status) status ;;
esac
