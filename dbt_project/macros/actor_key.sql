{#- The cross-article actor key: one actor per (kind, folded name). -#}
{% macro actor_key(kind, name) -%}
    md5(coalesce({{ kind }}, 'unknown') || '|' || lower(trim(regexp_replace({{ name }}, '\s+', ' ', 'g'))))
{%- endmacro %}
