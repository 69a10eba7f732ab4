{#- The project's table and incremental materializations on DuckDB, in place of dbt-duckdb's
    (a root project's materialization wins over the adapter's of the same name).

    What dbt-duckdb's do that this project does not need, each a round trip and a template
    dbt prepares on its first use in a run (11-16 statements a model in all): the intermediate
    and backup tables and their renames, foreign keys (the project declares none), indexes,
    grants and persisted docs (none configured; configuring one fails the build here, so it
    is never silently ignored), and, on an incremental run, the contract's two DESCRIBE
    queries and the columns of the new rows and of the table read twice for
    on_schema_change.

    An incremental model never meets a schema change on an incremental run: it rebuilds in
    full whenever what it is built from changed (inputs_fingerprint.sql: the SQL of the
    model and of everything upstream, the seeds and the contracts), and that full build
    checks the contract. So on_schema_change (which dbt requires on a contracted incremental
    model) is not consulted.

    One transaction, one statement with the post-hooks that run inside it (the fingerprint
    comment, the deletes of superseded rows), then the commit:
    - a table model, or an incremental one without a table yet, with --full-refresh or with
      changed inputs: the table is dropped and created again, with its contract
      (create_table_as: column types asserted, NOT NULL and primary keys declared on the
      table) and its rows; readers see the old table until the commit;
    - an incremental run (delete+insert on unique_key): the new rows into a temporary
      table, the stored rows with their keys deleted, the new rows inserted by column name
      (a column the table lacks fails the build), the temporary table dropped. -#}

{% macro newsfacts_unsupported_configs() -%}
    {%- for name in ('grants', 'persist_docs', 'indexes', 'partitioned_by', 'sorted_by') -%}
        {%- if config.get(name) -%}
            {%- do exceptions.raise_compiler_error(
                "newsfacts: the '" ~ name ~ "' config is not supported by the project's "
                ~ "materializations (macros/materializations.sql)") -%}
        {%- endif -%}
    {%- endfor -%}
{%- endmacro %}

{#- The SQL that builds the table anew (dropping what stood there). A model that logs its
    deletions starts its log again with one null entry: every row may have changed. -#}
{% macro newsfacts_full_build_sql(existing, target) -%}
    {%- if existing is not none %}
    drop {{ existing.type }} if exists {{ existing }};
    {%- endif %}
    {{ create_table_as(False, target, sql) }}
    {%- if log_deleted_column() %};
    create or replace table {{ deleted_log() }} as
    select cast(null as varchar) as deleted_key
    {%- endif %}
{%- endmacro %}

{#- Deletions logged for one downstream model (meta log_deleted: a varchar key column).

    A model that only ever deletes and inserts rows (delete+insert, deletes of superseded
    rows) can tell a downstream model which keys lost a row: an incremental model that keeps
    aggregates per key (dim_actor per actor of int_actors_resolved, mart_actor_activity per
    actor of the facts) then adds what a key only gained to its stored row, and recomputes
    from all its rows only a key that lost one.
    - deleted_log(relation): the log table `intermediate.<model>__deleted` (never beside a
      mart: every table in marts is published), one column, deleted_key: the keys (not
      null) of the rows deleted since the consumer last cleared it; a null entry after a
      full build (anything may have changed). Its one consumer reads it and clears it in its own
      transaction (a failed build leaves it for the next).
    - logged_delete(statement): the delete statement, its rows' keys added to the log when
      the model logs its deletions. -#}
{#- A consumer's post-hook: the log emptied (created empty if missing: the consumer has just
    been built from the rows as they are). -#}
{% macro clear_deleted_log(relation) -%}
    create table if not exists {{ deleted_log(relation) }} (deleted_key varchar);
    delete from {{ deleted_log(relation) }}
{%- endmacro %}

{% macro log_deleted_column() -%}
    {{- return((config.get('meta') or {}).get('log_deleted')) -}}
{%- endmacro %}

{% macro deleted_log(relation=none) -%}
    {%- set relation = relation or this -%}
    {#- outside dbt (sqlfluff's templater) there is no api: a name -#}
    {%- if api is not defined -%}{{ return(relation ~ '__deleted') }}{%- endif -%}
    {{- return(api.Relation.create(database=relation.database, schema='intermediate',
                                   identifier=relation.identifier ~ '__deleted', type='table')) -}}
{%- endmacro %}

{% macro logged_delete(statement) -%}
    {%- set column = log_deleted_column() -%}
    {%- if column -%}
        with deleted as (
            {{ statement }}
            returning {{ column }}
        )
        insert into {{ deleted_log() }} (deleted_key)
        select distinct {{ column }} from deleted
        where {{ column }} is not null
    {%- else -%}
        {{ statement }}
    {%- endif -%}
{%- endmacro %}

{#- Models that rebuild whole articles (meta rebuilds_whole: the article column, e.g.
    article_key): an incremental run selects every current row of each article it rebuilds,
    so it deletes every stored row of those articles, not only the rows whose unique key
    comes again. That also removes the rows an article's reload no longer has, without
    comparing any row with its article's latest load (delete_superseded_facts), and the
    delete probes the article keys (about a thousand a +1% build) instead of every row's key
    (0.04-0.07 s against 0.10-0.12 s at 1M statements).
    - remember_rebuilt(relation): called by the model's incremental filter (the article
      filters in incremental_facts.sql and incremental_actors.sql) while it is compiled: a
      one-column relation (the column named by rebuilds_whole) of the articles it rebuilds,
      read before the build, for this model's delete;
    - rebuilt_relation(): that relation (none if the model's SQL set none). -#}
{% macro rebuilds_whole_column() -%}
    {{- return((config.get('meta') or {}).get('rebuilds_whole')) -}}
{%- endmacro %}

{% macro remember_rebuilt(relation) -%}
    {%- if execute and graph is defined -%}
        {%- do graph.setdefault('newsfacts_rebuilt', {}).update({this | string: relation}) -%}
    {%- endif -%}
{%- endmacro %}

{% macro rebuilt_relation() -%}
    {{- return(graph.get('newsfacts_rebuilt', {}).get(this | string)) -}}
{%- endmacro %}

{#- Runs build_sql and the in-transaction post-hooks as one statement, commits, then runs the
    post-hooks that run after the commit. -#}
{% macro newsfacts_run_build(build_sql, target) -%}
    {%- set hooks = [] -%}
    {%- for hook in post_hooks if hook.transaction -%}
        {%- set rendered = render(hook.get('sql')) | trim -%}
        {%- if rendered -%}{%- do hooks.append(rendered) -%}{%- endif -%}
    {%- endfor -%}
    {% call statement('main') -%}
        {{ build_sql }}
        {%- for hook in hooks %};
        {{ hook }}
        {%- endfor %}
    {%- endcall %}
    {% do adapter.commit() %}
    {{ run_hooks(post_hooks, inside_transaction=False) }}
{%- endmacro %}

{#- A table model whose table was built from the same inputs as now (its comment holds the
    inputs fingerprint, inputs_fingerprint.sql: its SQL, its contract and everything upstream)
    keeps its table and has its rows replaced (delete, insert by column name, one
    transaction): the columns, types and constraints the contract was checked against when
    the table was created still hold, and a NOT NULL or primary key the new rows break fails
    the insert as it would the create. That spares the contract's reads (a foreign-key lookup
    and two DESCRIBEs, 0.03-0.05 s a model) at every build. Otherwise (new inputs, no table
    yet, --full-refresh, a seed-only model, which newsfacts.transform tracks by its own hash)
    the table is dropped and created with its contract. -#}
{% macro newsfacts_same_table_inputs(existing) -%}
    {{- return(existing is not none and existing.is_table and not flags.FULL_REFRESH
               and not newsfacts_sha256('model_sha256').get(this.identifier)
               and stored_inputs_fingerprint(this) == inputs_fingerprint()) -}}
{%- endmacro %}

{% materialization table, adapter='duckdb' -%}
    {%- do newsfacts_unsupported_configs() -%}
    {%- set existing = load_cached_relation(this) -%}
    {%- set target = this.incorporate(type='table') -%}
    {{ run_hooks(pre_hooks, inside_transaction=False) }}
    {{ run_hooks(pre_hooks, inside_transaction=True) }}
    {%- if newsfacts_same_table_inputs(existing) -%}
        {%- set build_sql -%}
            delete from {{ target }};
            insert into {{ target }} by name
            select * from (
                {{ sql }}
            ) as model_rows
        {%- endset -%}
    {%- else -%}
        {%- set build_sql = newsfacts_full_build_sql(existing, target) -%}
    {%- endif -%}
    {%- do newsfacts_run_build(build_sql, target) -%}
    {{ return({'relations': [target]}) }}
{%- endmaterialization %}

{% materialization incremental, adapter='duckdb' -%}
    {%- do newsfacts_unsupported_configs() -%}
    {%- set existing = load_cached_relation(this) -%}
    {%- set target = this.incorporate(type='table') -%}
    {%- set strategy = config.get('incremental_strategy') or 'delete+insert' -%}
    {%- if strategy != 'delete+insert' -%}
        {%- do exceptions.raise_compiler_error(
            "newsfacts: incremental models use delete+insert (macros/materializations.sql), not "
            ~ strategy) -%}
    {%- endif -%}
    {%- set unique_key = config.require('unique_key') -%}
    {%- set key = unique_key if unique_key is string else '(' ~ (unique_key | join(', ')) ~ ')' -%}
    {{ run_hooks(pre_hooks, inside_transaction=False) }}
    {{ run_hooks(pre_hooks, inside_transaction=True) }}
    {%- if existing is none or existing.is_view or should_full_refresh() -%}
        {%- set build_sql = newsfacts_full_build_sql(existing, target) -%}
    {%- else -%}
        {%- set new_rows = adapter.quote(this.identifier ~ '__newsfacts_new') -%}
        {%- set whole = rebuilds_whole_column() -%}
        {%- if whole -%}
            {%- set rebuilt = rebuilt_relation() -%}
            {%- if rebuilt is none -%}
                {%- do exceptions.raise_compiler_error(
                    "newsfacts: " ~ this ~ " sets meta rebuilds_whole but its SQL called no "
                    ~ "article filter that remembers the articles it rebuilds "
                    ~ "(remember_rebuilt, macros/materializations.sql)") -%}
            {%- endif -%}
            {%- set delete_sql = 'delete from ' ~ target ~ ' where ' ~ whole ~ ' in (select '
                                 ~ whole ~ ' from ' ~ rebuilt ~ ' as rebuilt)' -%}
        {%- else -%}
            {%- set delete_sql = 'delete from ' ~ target ~ ' where ' ~ key ~ ' in (select '
                                 ~ key ~ ' from ' ~ new_rows ~ ')' -%}
        {%- endif -%}
        {%- set build_sql -%}
            {%- if log_deleted_column() %}
            create table if not exists {{ deleted_log() }} as
            select cast(null as varchar) as deleted_key;
            {%- endif %}
            create or replace temporary table {{ new_rows }} as (
                {{ sql }}
            );
            {{ logged_delete(delete_sql) }};
            insert into {{ target }} by name
            select * from {{ new_rows }};
            drop table {{ new_rows }}
        {%- endset -%}
    {%- endif -%}
    {%- do newsfacts_run_build(build_sql, target) -%}
    {{ return({'relations': [target]}) }}
{%- endmaterialization %}

{#- The snapshot materialization: dbt's own, run only when it has something to record.

    A check-strategy snapshot that ignores hard deletes (every snapshot of the project) changes
    only when its source has a key with no current version, or a current version whose checked
    columns differ (is distinct from: dbt's check strategy). Anything else leaves the
    snapshot as it is, so one query decides: when no source row is new or changed, and the
    snapshot table already has every column of the source, nothing is run (0.12 s of dbt's
    statements saved at every build, at 1M statements); otherwise dbt's snapshot runs as
    always, and the history is the same either way. Other strategies and settings, or a
    snapshot not built yet, always run dbt's. -#}
{% materialization snapshot, adapter='duckdb' -%}
    {%- set existing = load_cached_relation(this) -%}
    {%- set check_cols = config.get('check_cols') -%}
    {%- set unique_key = config.get('unique_key') -%}
    {%- if existing is none or config.get('strategy') != 'check'
        or check_cols is string or not check_cols or unique_key is not string
        or (config.get('hard_deletes') or 'ignore') != 'ignore'
        or config.get('invalidate_hard_deletes') or config.get('dbt_valid_to_current') -%}
        {{ return(dbt.materialization_snapshot_default()) }}
    {%- endif -%}
    {%- set stored = (warehouse_tables().get(this.schema ~ '.' ~ this.identifier) or {}).get('columns') or [] -%}
    {%- set described = run_query('describe ' ~ sql) -%}
    {%- set source_columns = (described.columns[0].values() if described else []) | map('lower') | list -%}
    {%- set missing = source_columns | reject('in', stored) | list -%}
    {%- if missing or not source_columns -%}
        {{ return(dbt.materialization_snapshot_default()) }}
    {%- endif -%}
    {%- set valid_to = (config.get('snapshot_table_column_names')
                        or get_snapshot_table_column_names()).dbt_valid_to -%}
    {%- set changed -%}
        select count(*) from ({{ sql }}) as source_rows
        left join {{ this }} as current_rows
            on
                current_rows.{{ unique_key }} = source_rows.{{ unique_key }}
                and current_rows.{{ valid_to }} is null
        where
            current_rows.{{ unique_key }} is null
            {%- for column in check_cols %}
            or current_rows.{{ column }} is distinct from source_rows.{{ column }}
            {%- endfor %}
    {%- endset -%}
    {%- if run_query(changed).columns[0].values()[0] != 0 -%}
        {{ return(dbt.materialization_snapshot_default()) }}
    {%- endif -%}
    {{ run_hooks(pre_hooks, inside_transaction=False) }}
    {{ run_hooks(pre_hooks, inside_transaction=True) }}
    {% call statement('main') -%}
        select 'snapshot unchanged: no new or changed {{ unique_key }}' as result
    {%- endcall %}
    {{ run_hooks(post_hooks, inside_transaction=True) }}
    {% do adapter.commit() %}
    {{ run_hooks(post_hooks, inside_transaction=False) }}
    {{ return({'relations': [existing]}) }}
{%- endmaterialization %}
