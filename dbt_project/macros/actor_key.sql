{#- The cross-article actor key: md5 of kind and folded identity.
    Countries use their ISO code as identity (actor_key('country', 'RU')); everyone else the
    resolved canonical name (see int_actors_resolved for the rule). -#}
{% macro actor_key(kind, name) -%}
    md5(coalesce({{ kind }}, 'unknown') || '|' || lower(trim(regexp_replace({{ name }}, '\s+', ' ', 'g'))))
{%- endmacro %}

{#- The actor key of a country given its ISO 3166-1 alpha-2 code. -#}
{% macro country_actor_key(code) -%}
    {{ actor_key("'country'", code) }}
{%- endmacro %}

{#- The place key: folded place name plus its resolved country code. -#}
{% macro place_key(name, country_code) -%}
    md5(lower(trim(regexp_replace({{ name }}, '\s+', ' ', 'g'))) || '|' || coalesce({{ country_code }}, ''))
{%- endmacro %}
