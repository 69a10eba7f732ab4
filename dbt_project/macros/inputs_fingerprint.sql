{#- Incremental models rebuild in full when their definition or reference data changed.

    An incremental model only processes new rows, so a changed seed (a lexicon row, an alias,
    a title), a changed model upstream or a change to the model itself would otherwise reach
    the new rows only, and the table would no longer equal a full rebuild.

    inputs_fingerprint(): md5 over the checksums of the model and of every model and seed it
    depends on, directly or not (dbt's file checksums from the graph), and of their contracts
    (column names, types and constraints).
    record_inputs_fingerprint() (post-hook of every incremental model, and of every table model
    but those built from seeds only, dbt_project.yml): stores it as the table's comment, in the model's transaction, with the run's start
    (last_built_at(): the previous build of this model, for models that rebuild what changed
    since, such as mart_deployment_reports).
    should_full_refresh() (dbt's own macro, overridden here): an incremental model whose
    stored fingerprint differs from the current one (or is missing) is rebuilt from scratch,
    as with --full-refresh; everything else behaves as in dbt. Macros are not part of the
    fingerprint: after changing one, build with --full-refresh. A table model built from the
    same inputs keeps its table and has its rows replaced (materializations.sql). -#}

{% macro inputs_fingerprint(node=none) -%}
    {%- set node = node or model -%}
    {#- computed once per node and dbt invocation: the walk is Jinja, 15-50 ms a time, and
        is_incremental() asks several times per model (the graph is the invocation's) -#}
    {%- set cache = graph.setdefault('newsfacts_inputs_fingerprints', {}) -%}
    {%- if node.unique_id in cache -%}{{ return(cache[node.unique_id]) }}{%- endif -%}
    {%- set seen = {} -%}
    {%- set todo = [node.unique_id] -%}
    {#- a breadth-first walk: Jinja's for loop sees the items appended while it runs -#}
    {%- for uid in todo if uid not in seen -%}
        {%- do seen.update({uid: true}) -%}
        {%- set n = graph.nodes.get(uid) -%}
        {%- if n is not none -%}
            {%- for parent in n.depends_on.nodes if parent.split('.')[0] in ('model', 'seed', 'snapshot') -%}
                {%- do todo.append(parent) -%}
            {%- endfor -%}
        {%- endif -%}
    {%- endfor -%}
    {%- set parts = [] -%}
    {%- for uid in seen | sort -%}
        {%- set n = graph.nodes.get(uid) -%}
        {%- if n is not none -%}
            {#- a contract's checksum too: a changed column type or constraint rebuilds in full,
                with the contract checked (macros/materializations.sql) -#}
            {%- set contract = n.contract.checksum if n.contract else none -%}
            {%- do parts.append(uid ~ '=' ~ n.checksum.checksum ~ ('|' ~ contract if contract else '')) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- do cache.update({node.unique_id: 'newsfacts inputs ' ~ local_md5(parts | join(','))}) -%}
    {{- return(cache[node.unique_id]) -}}
{%- endmacro %}

{#- The comment and the column names (lower case) of every table of the warehouse, read in one
    query at the first call of a dbt invocation and kept in the graph (the invocation's): each
    incremental model asks for its own table's several times before building it (fingerprint,
    last build, columns), a round trip and an agate table a time. Only a model writes its own
    table's comment and columns, after reading them, so what the cache holds for a model is what
    its table held when the invocation started or, for a model not built yet, when it starts. -#}
{% macro warehouse_tables() -%}
    {%- set cache = graph.setdefault('newsfacts_tables', {}) -%}
    {%- if 'tables' not in cache -%}
        {%- set result = run_query(
            "select t.schema_name, t.table_name, t.comment, (select list(lower(c.column_name)"
            ~ " order by c.column_index) from duckdb_columns() as c where c.database_name ="
            ~ " t.database_name and c.schema_name = t.schema_name and c.table_name ="
            ~ " t.table_name) from duckdb_tables() as t where t.database_name = '"
            ~ target.database ~ "'") -%}
        {%- set tables = {} -%}
        {%- for row in result.rows -%}
            {%- do tables.update({row[0] ~ '.' ~ row[1]: {'comment': row[2], 'columns': row[3] or []}}) -%}
        {%- endfor -%}
        {%- do cache.update({'tables': tables}) -%}
    {%- endif -%}
    {{- return(cache['tables']) -}}
{%- endmacro %}

{% macro table_comment(relation) -%}
    {#- the comment of a relation's table when the invocation started, or none -#}
    {%- set table = warehouse_tables().get(relation.schema ~ '.' ~ relation.identifier) -%}
    {{- return(table['comment'] if table else none) -}}
{%- endmacro %}

{% macro stored_inputs_fingerprint(relation) -%}
    {%- set comment = table_comment(relation) -%}
    {{- return(comment.split(' built ')[0] if comment else none) -}}
{%- endmacro %}

{% macro last_built_at() -%}
    {#- the start of the run that last built this model (a timestamptz literal) -#}
    {%- if not execute -%}{{ return("'-infinity'::timestamptz") }}{%- endif -%}
    {%- set comment = table_comment(this) or '' -%}
    {%- if ' built ' not in comment -%}{{ return("'-infinity'::timestamptz") }}{%- endif -%}
    {{- return("'" ~ comment.split(' built ')[1] ~ "'::timestamptz") -}}
{%- endmacro %}

{% macro inputs_changed() -%}
    {#- true when this incremental model's table was built from other inputs: decided once
        per dbt invocation, before the build (its post-hook then records the new ones) -#}
    {%- if not execute or model is not defined or model.resource_type != 'model'
        or model.config.materialized != 'incremental' -%}
        {{- return(false) -}}
    {%- endif -%}
    {%- set cache = graph.setdefault('newsfacts_inputs_changed', {}) -%}
    {%- if model.unique_id not in cache -%}
        {%- do cache.update({model.unique_id:
            stored_inputs_fingerprint(this) != inputs_fingerprint()}) -%}
    {%- endif -%}
    {{- return(cache[model.unique_id]) -}}
{%- endmacro %}

{#- The sha256s newsfacts.transform passes for the run, by table name: kind 'seed_sha256' or
    'model_sha256' of the JSON object in the NEWSFACTS_DBT_SHA256 environment variable ({}
    without it). In the environment and read while executing only, not a var: dbt parses the
    whole project again whenever the --vars differ from the last command's, and keeps track
    of the env_var() calls made while parsing only (a file reading a changed one is parsed
    again), so these hashes, new whenever a seed or a model changed, never cost a parse. -#}
{% macro newsfacts_sha256(kind) -%}
    {%- if not execute -%}{{ return({}) }}{%- endif -%}
    {{- return(fromjson(env_var('NEWSFACTS_DBT_SHA256', '{}')).get(kind, {})) -}}
{%- endmacro %}

{#- A table model built from seeds only, or a view reading sources, seeds and contracted
    models only, gets, instead, the sha256 newsfacts.transform passes for it
    (newsfacts_sha256('model_sha256')): the pipeline leaves it out of its builds while that is
    unchanged. Other views get no statement (a hook that renders empty is not run: no round
    trip per model). -#}
{% macro record_inputs_fingerprint() -%}
    {#- rendered at parse time too, when there is no graph to walk -#}
    {%- if not execute -%}{{ return('') }}{%- endif -%}
    {%- set model_sha256 = newsfacts_sha256('model_sha256').get(this.identifier) -%}
    {%- if model.config.materialized == 'incremental'
        or (model.config.materialized == 'table' and not model_sha256) -%}
        comment on table {{ this }} is '{{ inputs_fingerprint() }} built {{ run_started_at.isoformat() }}'
    {%- elif model.config.materialized in ('table', 'view') and model_sha256 -%}
        comment on {{ model.config.materialized }} {{ this }} is 'newsfacts model sha256 {{ model_sha256 }}'
    {%- endif -%}
{%- endmacro %}

{% macro should_full_refresh() -%}
    {%- set config_full_refresh = config.get('full_refresh') -%}
    {%- if config_full_refresh is none -%}
        {%- set config_full_refresh = flags.FULL_REFRESH -%}
    {%- endif -%}
    {%- if not config_full_refresh and inputs_changed() -%}
        {%- set config_full_refresh = true -%}
    {%- endif -%}
    {{- return(config_full_refresh) -}}
{%- endmacro %}

{#- Seeds' post-hook (dbt_project.yml): the sha256 of the file the seed was loaded from, from
    the seed hash newsfacts.transform passes (newsfacts_sha256; "unknown" without it), as the
    table's comment. The pipeline leaves the seeds out of its builds while their files still
    hash the same (newsfacts.transform.build_args). -#}
{% macro record_seed_hash() -%}
    comment on table {{ this }} is 'newsfacts seed sha256 {{ newsfacts_sha256('seed_sha256').get(this.identifier, 'unknown') }}'
{%- endmacro %}
