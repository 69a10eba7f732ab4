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
    of its actor's name and kind (dim_actor). The fact models log the actor key of every row
    they delete (materializations.sql) and stamp every row they insert (transformed_at). An
    actor recomputed from all its events: one that lost an event since the mart's last build
    (logged), one whose name or kind changed or that left dim_actor, and every actor after a
    full build of a fact model (a null entry). Any other actor only gained events, stamped
    since: they are added to its stored weeks. A recomputed actor's stored week left without
    events is written as a row of zeros (the merge replaces its stored row) and deleted here:
    no actor-week has zero events. Then the fact models' logs are cleared. -#}
{% macro activity_fact_models() -%}
    {{- return(['fct_statement', 'fct_visit', 'fct_force_deployment']) -}}
{%- endmacro %}

{% macro activity_actors_to_recompute(actors) -%}
    {%- set logs -%}
        {%- for name in activity_fact_models() %}
        select deleted_key from {{ deleted_log(ref(name)) }}
        {%- if not loop.last %}
        union all
        {%- endif %}
        {%- endfor %}
    {%- endset -%}
    select deleted_key as actor_key from ({{ logs }}) as logged
    where deleted_key is not null
    union
    select stored.actor_key
    from {{ this }} as stored
    left join {{ actors }} as actors on stored.actor_key = actors.actor_key
    where
        actors.actor_key is null
        or actors.actor_name is distinct from stored.actor_name
        or actors.actor_kind is distinct from stored.actor_kind
    union
    select actors.actor_key from {{ actors }} as actors
    where exists (select 1 from ({{ logs }}) as logged where deleted_key is null)
    union
    select stored.actor_key from {{ this }} as stored
    where exists (select 1 from ({{ logs }}) as logged where deleted_key is null)
{%- endmacro %}

{% macro delete_empty_activity() -%}
    {%- if is_incremental() -%}
    delete from {{ this }}
    where n_statements = 0 and n_visits = 0 and n_force_deployments = 0;
    {% endif -%}
    {%- for name in activity_fact_models() %}
    {{ clear_deleted_log(ref(name)) }}
    {%- if not loop.last %};{% endif %}
    {%- endfor %}
{%- endmacro %}

{#- Incremental dim_actor: the actors recomputed from all their rows, those that lost a row of
    int_actors_resolved since dim_actor's last build (its deletions log,
    materializations.sql); after a full build of int_actors_resolved (a null entry), every
    actor. The others with rows resolved since only gained rows (dim_actor merges them). -#}
{% macro actors_to_recompute() -%}
    {%- set log = deleted_log(ref('int_actors_resolved')) -%}
    select deleted_key as actor_key from {{ log }}
    where deleted_key is not null
    union
    select actor_key from {{ ref('int_actors_resolved') }}
    where exists (select 1 from {{ log }} where deleted_key is null)
    union
    select actor_key from {{ this }}
    where exists (select 1 from {{ log }} where deleted_key is null)
{%- endmacro %}

{#- dim_actor's post-hook: an actor no article resolves to any more, and no reference
    country, leaves (only an actor that lost a row can); then int_actors_resolved's
    deletions log is cleared, in dim_actor's transaction: what it held is in dim_actor now. -#}
{% macro delete_vanished_actors() -%}
    {%- if is_incremental() -%}
    delete from {{ this }}
    where
        actor_key in (select recomputed.actor_key from ({{ actors_to_recompute() }}) as recomputed)
        and actor_key not in (select actor_key from {{ ref('int_actors_resolved') }})
        and actor_key not in (
            select {{ country_actor_key('country_code') }} from {{ ref('ref_countries') }}
        );
    {% endif -%}
    {{ clear_deleted_log(ref('int_actors_resolved')) }}
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
