{#- Incremental mart_deployment_reports: one row per deployment fact, computed from that row
    alone. A fact row is only ever deleted or (re)inserted, and each insert stamps it with the
    run's transformed_at, so a build redoes the facts stamped since the mart's last build
    (last_built_at()) and deletes the rows whose fact is gone. -#}
{% macro delete_vanished_reports() -%}
    {%- if is_incremental() -%}
    delete from {{ this }}
    where deployment_key not in (select deployment_key from {{ ref('fct_force_deployment') }})
    {%- else -%}
    select 1
    {%- endif -%}
{%- endmacro %}
