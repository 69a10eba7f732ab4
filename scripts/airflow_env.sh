# For a shell that runs airflow commands on this checkout's embedded Airflow (SQLite metadata,
# no servers): `source scripts/airflow_env.sh`. newsfacts.airflow_run (scripts/demo.sh) sets the
# same defaults itself.
export NEWSFACTS_HOME="${NEWSFACTS_HOME:-$PWD/var}"
export AIRFLOW_HOME="${AIRFLOW_HOME:-$NEWSFACTS_HOME/airflow}"
export AIRFLOW__CORE__DAGS_FOLDER="${AIRFLOW__CORE__DAGS_FOLDER:-$PWD/dags}"
export AIRFLOW__CORE__LOAD_EXAMPLES=False
export AIRFLOW__CORE__PARALLELISM="${AIRFLOW__CORE__PARALLELISM:-4}"
export GX_ANALYTICS_ENABLED=False
export DO_NOT_TRACK=1
export PATH="$PWD/.venv/bin:$PATH"
