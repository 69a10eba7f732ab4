{#- Incremental mart_deployment_reports: one row per deployment fact, computed from that row
    alone. A fact row is only ever deleted or (re)inserted, and each insert stamps it with the
    run's transformed_at, so a build redoes the facts stamped since the mart's last build
    (last_built_at()) and deletes the rows whose fact is gone. -#}
{% macro delete_vanished_reports() -%}
    {%- if is_incremental() -%}
    delete from {{ this }}
    where deployment_key not in (select deployment_key from {{ ref('fct_force_deployment') }})
    {%- endif -%}
{%- endmacro %}

{#- Incremental mart_actor_activity: an actor-week is a function of its events (fct_event) and
    of its actor's name and kind (dim_actor). A fact row is only ever deleted or (re)inserted,
    each insert stamping it with the run's transformed_at, so an actor-week changed since the
    mart's last build (last_built_at()) has an event stamped since, or fewer events than its
    stored row (it lost some and gained none); those are recomputed, with the actors whose
    name or kind changed. One left without events is written as a row of zeros (the merge
    replaces its stored row) and deleted here: no actor-week has zero events. -#}
{% macro delete_empty_activity() -%}
    {%- if is_incremental() -%}
    delete from {{ this }}
    where n_statements = 0 and n_visits = 0 and n_force_deployments = 0
    {%- endif -%}
{%- endmacro %}

{#- Incremental dim_actor (and the models keyed like it): the actors whose rows may have changed
    since the model's last build (last_built_at()). int_actors_resolved rebuilds whole
    articles, stamping every row it writes with resolved_at, and deletes the rows of articles
    reloaded or gone; so an actor whose rows changed has a row resolved since, or lost an
    article and gained none: fewer articles than its stored row (n_articles). -#}
{% macro actors_to_rebuild() -%}
    select actor_key from {{ ref('int_actors_resolved') }}
    where resolved_at > {{ last_built_at() }}
    union
    select stored.actor_key
    from {{ this }} as stored
    left join (
        select
            actor_key,
            count(distinct article_key) as n_articles
        from {{ ref('int_actors_resolved') }}
        group by actor_key
    ) as current_actors
        on stored.actor_key = current_actors.actor_key
    where coalesce(current_actors.n_articles, 0) < stored.n_articles
{%- endmacro %}

{#- dim_actor's post-hook: an actor no article resolves to any more, and no reference
    country, leaves. -#}
{% macro delete_vanished_actors() -%}
    {%- if is_incremental() -%}
    delete from {{ this }}
    where
        actor_key not in (select actor_key from {{ ref('int_actors_resolved') }})
        and actor_key not in (
            select {{ country_actor_key('country_code') }} from {{ ref('ref_countries') }}
        )
    {%- endif -%}
{%- endmacro %}

{#- Incremental mart_deployment_estimates: the series whose reports may have changed since the
    mart's last build (last_built_at()). A report (mart_deployment_reports) changes only with
    its fact, which every insert stamps (transformed_at), so a changed series has a report
    whose fact was stamped since, or fewer reports than its stored rows (it lost some and
    gained none). -#}
{% macro series_to_rebuild() -%}
    select reports.series_key
    from {{ ref('mart_deployment_reports') }} as reports
    inner join {{ ref('fct_force_deployment') }} as facts
        on reports.deployment_key = facts.deployment_key
    where facts.transformed_at > {{ last_built_at() }} and reports.force_size is not null
    union
    select stored.series_key
    from (
        select
            series_key,
            sum(n_reports) as n_reports
        from {{ this }}
        group by series_key
    ) as stored
    left join (
        select
            series_key,
            count(*) as n_reports
        from {{ ref('mart_deployment_reports') }}
        where force_size is not null
        group by series_key
    ) as current_series
        on stored.series_key = current_series.series_key
    where coalesce(current_series.n_reports, 0) < stored.n_reports
{%- endmacro %}

{#- mart_deployment_estimates' post-hook: a series left without reports leaves. -#}
{% macro delete_vanished_series() -%}
    {%- if is_incremental() -%}
    delete from {{ this }}
    where series_key not in (
        select series_key from {{ ref('mart_deployment_reports') }} where force_size is not null
    )
    {%- endif -%}
{%- endmacro %}
