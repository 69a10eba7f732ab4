{#- Incremental models keyed by article (fct_statement, fct_visit, fct_force_deployment;
    dim_article and int_actors_resolved use the article filter too).

    The loader replaces all raw rows of an article when it reloads it, stamping them with a new
    loaded_at. An incremental run therefore rebuilds whole articles:

    1. articles_to_rebuild(): the articles loaded after the newest loaded_at already in the
       table (read once, as a literal, so DuckDB prunes the raw scan), the articles with a raw fact
       row newer than that (a row written outside the loader), plus the articles whose
       actors now resolve to a different actor_key than the one stored (entity resolution can
       change when another article arrives); only the actor rows int_actors_resolved
       re-resolved since the table's last insert (resolved_at) are compared. Their facts are
       selected, every stored row of those articles deleted (meta rebuilds_whole,
       materializations.sql) and the selected rows inserted.
    2. delete_superseded_facts() (post-hook): removes every row whose article was reloaded after
       the row was loaded (and no longer has the fact), or left staging. A fact row lives as
       long as its article's load (or a later one). Only an article loaded since the table's
       newest loaded_at (read before the build) can have been reloaded after one of its rows:
       the comparison is made for those articles only (a scan of the new loads, not of every
       article's), and the articles that left raw are found by an anti-join on the article
       key alone. A model that logs its deletions (meta log_deleted, materializations.sql)
       logs these too.

    A rerun with nothing new selects nothing; a replay (re-extraction) supersedes. -#}

{% macro target_columns() -%}
    {#- outside dbt (e.g. sqlfluff's templater) there is no adapter: no columns -#}
    {%- if adapter is not defined or run_query is not defined or not execute -%}
        {{ return([]) }}
    {%- endif -%}
    {%- set table = warehouse_tables().get(this.schema ~ '.' ~ this.identifier) -%}
    {{ return(table['columns'] if table else []) }}
{%- endmacro %}

{% macro max_loaded_at_literal(column='loaded_at', existing=none) -%}
    {#- A table built before this column existed is rebuilt from scratch (all articles).
        existing: the table's columns, when the caller has read them already. -#}
    {%- if column not in (target_columns() if existing is none else existing) -%}
        {{ return("'-infinity'::timestamptz") }}
    {%- endif -%}
    {%- if run_query is not defined or not execute -%}{{ return("'-infinity'::timestamptz") }}{%- endif -%}
    {#- read once per model and invocation, before the build: the model's filter and its
        post-hook (rendered before the build runs) see the same value -#}
    {%- set cache = graph.setdefault('newsfacts_max_loaded_at', {}) -%}
    {%- set cache_key = this ~ '.' ~ column -%}
    {%- if cache_key not in cache -%}
        {%- set result = run_query('select max(' ~ column ~ ')::varchar from ' ~ this) -%}
        {%- do cache.update({cache_key: result.columns[0].values()[0]
                             if result and result.columns[0].values() else none}) -%}
    {%- endif -%}
    {%- set value = cache[cache_key] -%}
    {%- if value is none -%}
        '-infinity'::timestamptz
    {%- else -%}
        '{{ value }}'::timestamptz
    {%- endif -%}
{%- endmacro %}

{% macro articles_to_rebuild(actor_checks=[], raw_table=none) -%}
    {%- set existing = target_columns() %}
    {%- set since = max_loaded_at_literal(existing=existing) %}
    {#- raw, not staging: an article's latest load is newer than `since` exactly when one of
        its raw rows is, and the raw scan is pruned by loaded_at (staging's window is not) -#}
    select article_id as article_key
    from {{ source('newsfacts', 'articles') }}
    where loaded_at > {{ since }}
    {%- if raw_table %}
    union
    select article_id as article_key
    from {{ source('newsfacts', raw_table) }}
    where loaded_at > {{ since }}
    {%- endif %}
    {%- if actor_checks %}
    {%- set resolved_since = max_loaded_at_literal('transformed_at', existing) %}
    {%- endif %}
    {%- for local_col, resolved_col in actor_checks if local_col in existing and resolved_col in existing %}
    union
    select t.article_key
    from {{ this }} as t
    inner join {{ ref('int_actors_resolved') }} as r
        on t.article_key = r.article_key and t.{{ local_col }} = r.article_actor_key
    where r.resolved_at > {{ resolved_since }} and r.actor_key is distinct from t.{{ resolved_col }}
    {%- endfor %}
{%- endmacro %}

{#- The rows left behind by the delete+insert, in two statements:
    1. rows of an article reloaded since the table's newest loaded_at (read before the build)
       older than its latest load (it no longer has the fact). A model that rebuilds whole
       articles (meta rebuilds_whole, materializations.sql) has deleted every stored row of
       them already; another compares those articles only, with a hash join on their latest
       loads in raw (any other article's latest load is no newer than the table's rows of
       it: the loader stamps loads in order and each build took the earlier ones in);
    2. rows whose article is no longer in raw (a broken load lost it), or with no loaded_at
       (a table built before the column existed): an anti-join on the article key, 0.02 s
       at 1M statements (the comparison of every row with its article's latest load took
       0.10-0.12 s). -#}
{% macro delete_superseded_facts() -%}
    {%- if is_incremental() -%}
    {%- set reloaded -%}
    delete from {{ this }} as f
    where f.rowid in (
        select g.rowid from {{ this }} as g
        inner join (
            select
                a.article_id,
                max(a.loaded_at) as latest
            from {{ source('newsfacts', 'articles') }} as a
            where a.loaded_at > {{ max_loaded_at_literal() }}
            group by a.article_id
        ) as loads on g.article_key = loads.article_id
        where g.loaded_at < loads.latest
    )
    {%- endset -%}
    {%- set gone -%}
    delete from {{ this }} as f
    where f.rowid in (
        select g.rowid from {{ this }} as g
        where g.loaded_at is null or g.article_key not in (
            select a.article_id from {{ source('newsfacts', 'articles') }} as a
            where a.article_id is not null
        )
    )
    {%- endset -%}
    {%- if not rebuilds_whole_column() %}
    {{ logged_delete(reloaded) }};
    {%- endif %}
    {{ logged_delete(gone) }}
    {%- endif -%}
{%- endmacro %}

{#- The incremental filter of a fact model: `article_key in (...)`. The keys are read first
    and inlined as constants (up to 20,000 of them), because a constant IN-list on the
    article key is pushed through staging's dedup window into the raw scan, while a semi-join
    on a union is not: the incremental cost then follows the new rows, not the table size. -#}
{% macro incremental_article_filter(actor_checks=[], raw_table=none) -%}
    {%- set query = articles_to_rebuild(actor_checks, raw_table) -%}
    {%- set keys = key_list(query) -%}
    {%- do remember_rebuilt(keys_relation('article_key', keys, query)) -%}
    {{- return(keys_filter('article_key', keys, query)) -}}
{%- endmacro %}

{#- The keys a query returns, or none when there are more than 20,000 (or dbt is parsing). -#}
{% macro key_list(query) -%}
    {%- if run_query is not defined or not execute -%}{{ return(none) }}{%- endif -%}
    {%- set keys = run_query(query).columns[0].values() -%}
    {{- return(keys if keys | length <= 20000 else none) -}}
{%- endmacro %}

{% macro quoted_keys(keys) -%}
    {%- set quoted = [] -%}
    {%- for k in keys -%}{%- do quoted.append("'" ~ (k | replace("'", "''")) ~ "'") -%}{%- endfor -%}
    {{- return(quoted | join(', ')) -}}
{%- endmacro %}

{#- A filter on a key column: the constant IN-list prunes a scan (and is pushed through
    staging's windows), but costs a comparison per key per row. -#}
{% macro keys_filter(column, keys, query) -%}
    {%- if keys is none -%}{{ return(column ~ ' in (' ~ query ~ ')') }}{%- endif -%}
    {%- if keys | length == 0 -%}{{ return('false') }}{%- endif -%}
    {{- return(column ~ ' in (' ~ quoted_keys(keys) ~ ')') -}}
{%- endmacro %}

{#- The same keys as a one-column relation, for a hash (anti-)join against a large table. -#}
{% macro keys_relation(column, keys, query) -%}
    {%- if keys is none -%}{{ return('(' ~ query ~ ')') }}{%- endif -%}
    {%- if keys | length == 0 -%}
        {{ return('(select null::varchar as ' ~ column ~ ' where false)') }}
    {%- endif -%}
    {{- return('(select unnest([' ~ quoted_keys(keys) ~ ']) as ' ~ column ~ ')') -}}
{%- endmacro %}
