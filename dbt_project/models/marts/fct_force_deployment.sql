{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='deployment_key',
    on_schema_change='append_new_columns',
    meta={'log_deleted': 'actor_key', 'rebuilds_whole': 'article_key'},
    post_hook="{{ delete_superseded_facts() }}"
) }}

-- depends_on: {{ ref('stg_newsfacts__articles') }}
-- depends_on: {{ ref('int_actors_resolved') }}

-- the articles rebuilt: their facts, and the article and actor rows those are joined to
{% if is_incremental() %}
    {% set article_filter = incremental_article_filter(raw_table='deployments') %}
{% endif %}

with deployments as (
    select * from {{ ref('stg_newsfacts__deployments') }}
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
),

force_units as (
    select * from {{ ref('ref_force_units') }}
)

select
    deployments.deployment_key,
    deployments.article_key,
    case
        when actor_country.country_code is not null
            then {{ country_actor_key('actor_country.country_code') }}
    end as actor_key,
    deployments.actor,
    deployments.actor_country,
    deployments.force_size,
    deployments.size_qualifier,
    deployments.unit,
    coalesce(force_units.force_mode, 'troops') as force_mode,
    deployments.location,
    places.place_key as location_place_key,
    coalesce(places.country_code, deployments.location_country) as location_country,
    case
        when location_country.country_code is not null
            then {{ country_actor_key('location_country.country_code') }}
    end as location_actor_key,
    deployments.deployment_status,
    deployments.sentence,
    deployments.sentence_idx,
    deployments.start_char,
    deployments.end_char,
    deployments.rule,
    articles.url,
    articles.published_date,
    deployments.extractor_version,
    deployments.loaded_at,
    cast('{{ run_started_at }}' as timestamptz) as transformed_at
from deployments
inner join articles on deployments.article_key = articles.article_key
left join places
    on
        deployments.location = places.place_name
        and deployments.location_country is not distinct from places.extracted_country
left join countries as actor_country
    on deployments.actor_country = actor_country.country_code
left join countries as location_country
    on coalesce(places.country_code, deployments.location_country) = location_country.country_code
left join force_units on deployments.unit = force_units.unit
