{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='visit_key',
    on_schema_change='append_new_columns',
    meta={'log_deleted': 'traveller_actor_key', 'rebuilds_whole': 'article_key'},
    post_hook="{{ delete_superseded_facts() }}"
) }}

-- depends_on: {{ ref('stg_newsfacts__articles') }}
-- depends_on: {{ ref('int_actors_resolved') }}

-- the articles rebuilt: their facts, and the article and actor rows those are joined to
{% if is_incremental() %}
    {% set article_filter = incremental_article_filter(
            [('article_traveller_key', 'traveller_actor_key')], raw_table='visits'
        ) %}
{% endif %}

with visits as (
    select * from {{ ref('stg_newsfacts__visits') }}
    {% if is_incremental() %}
        where {{ article_filter }}
    {% endif %}
),

actors as (
    select * from {{ ref('int_actors_resolved') }}
    {% if is_incremental() %}
        where {{ article_filter }}
    {% endif %}
),

articles as (
    select * from {{ ref('stg_newsfacts__articles') }}
    {% if is_incremental() %}
        where {{ article_filter }}
    {% endif %}
),

places as (
    select * from {{ ref('int_places_geocoded') }}
),

countries as (
    select * from {{ ref('ref_countries') }}
)

select
    visits.visit_key,
    visits.article_key,
    travellers.actor_key as traveller_actor_key,
    visits.article_traveller_key,
    visits.traveller,
    visits.destination,
    places.place_key as destination_place_key,
    coalesce(places.country_code, visits.destination_country) as destination_country,
    case
        when countries.country_code is not null
            then {{ country_actor_key('countries.country_code') }}
    end as destination_actor_key,
    coalesce(visits.destination_lat, places.latitude) as destination_lat,
    coalesce(visits.destination_lon, places.longitude) as destination_lon,
    visits.host,
    visits.visit_status,
    visits.when_text,
    case
        when regexp_matches(visits.when_text, '^\d{4}-\d{2}-\d{2}$')
            then try_cast(visits.when_text as date)
        when regexp_matches(visits.when_text, '^\d{4}-W\d{2}$')
            then try_cast(strptime(visits.when_text || '-1', '%G-W%V-%u') as date)
        when regexp_matches(visits.when_text, '^\d{4}-\d{2}$')
            then try_cast(visits.when_text || '-01' as date)
        when regexp_matches(visits.when_text, '^\d{4}$')
            then try_cast(visits.when_text || '-01-01' as date)
    end as visit_period_start,
    case
        when regexp_matches(visits.when_text, '^\d{4}-\d{2}-\d{2}$') then 'day'
        when regexp_matches(visits.when_text, '^\d{4}-W\d{2}$') then 'week'
        when regexp_matches(visits.when_text, '^\d{4}-\d{2}$') then 'month'
        when regexp_matches(visits.when_text, '^\d{4}$') then 'year'
    end as visit_period_precision,
    visits.sentence,
    visits.sentence_idx,
    visits.start_char,
    visits.end_char,
    visits.rule,
    articles.url,
    articles.published_date,
    visits.extractor_version,
    visits.loaded_at,
    cast('{{ run_started_at }}' as timestamptz) as transformed_at
from visits
inner join articles on visits.article_key = articles.article_key
left join actors as travellers
    on
        visits.article_key = travellers.article_key
        and visits.article_traveller_key = travellers.article_actor_key
left join places
    on
        visits.destination = places.place_name
        and visits.destination_country is not distinct from places.extracted_country
left join countries
    on coalesce(places.country_code, visits.destination_country) = countries.country_code
