-- Entity resolution across articles: one row per actor of an article (article_key,
-- article_actor_key) with the cross-article actor_key it resolves to.
--
-- The rule, in order:
-- 1. Fold the name (trim, single spaces) and strip one leading title (up to three words) from
--    ref_titles, longest first ("Foreign Secretary Truss" -> "Truss", "Ms Truss" -> "Truss").
--    A stripped role or rank becomes the actor's title when the extractor gave none.
-- 2. Non-persons (country, organisation, group, unknown): the folded name, else any of the
--    actor's mentions, else the extractor's ISO code, is looked up in int_name_lookup
--    (aliases such as "the Kremlin" or "UN", country names, demonyms, capitals):
--    a hit makes the actor that country or organisation ("Moscow" -> Russia).
-- 3. Persons: a one-word name (a surname left by step 1) resolves to the only multi-word person
--    name in the warehouse that ends with it ("Truss" -> "Liz Truss"); with no such name, or
--    several, it stays as it is.
-- 4. actor_key = actor_key(kind, identity): the ISO code for countries, the canonical name
--    (case and spacing folded) for everyone else.
--
-- Incremental: a run re-resolves whole articles, the new ones and those with a one-word name
-- whose step 3 they change (macros/incremental_actors.sql); the other articles' stored
-- multi-word person names still count in step 3. The actor keys of the rows it deletes go to
-- int_actors_resolved__deleted, for dim_actor (log_deleted, macros/materializations.sql).
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='article_key',
    on_schema_change='append_new_columns',
    meta={'log_deleted': 'actor_key', 'rebuilds_whole': 'article_key'},
    post_hook="{{ delete_superseded_facts() }}"
) }}

-- depends_on: {{ ref('stg_newsfacts__articles') }}
{% if is_incremental() %}
    {% set rebuild = actor_articles_to_rebuild() %}
{% endif %}

with actors as (
    select * from {{ ref('stg_newsfacts__actors') }}
    {% if is_incremental() %}
        where {{ rebuild.filter }}
    {% endif %}
),

lookup as (
    select * from {{ ref('int_name_lookup') }}
),

countries as (
    select * from {{ ref('ref_countries') }}
),

titles as (
    select * from {{ ref('ref_titles') }}
),

-- step 1: stripped_title, stripped_title_type and base_name (macros/incremental_actors.sql)
named as (
    {{ actor_base_names('actors', 'titles') }}
),

mention_hits as (
    select
        named.article_key,
        named.article_actor_key,
        lookup.actor_kind,
        lookup.canonical_name,
        lookup.country_code
    from named
    cross join unnest(named.mentions) as m (mention)
    inner join lookup on lower(trim(m.mention)) = lookup.name_folded
    where named.actor_kind <> 'person'
    qualify row_number() over (
        partition by named.article_key, named.article_actor_key
        order by lookup.actor_kind = 'country' desc, lookup.canonical_name
    ) = 1
),

person_names as (
    select base_name
    from named
    where actor_kind = 'person' and base_name like '% %'
    {% if is_incremental() %}
        -- the multi-word person names of the articles not re-resolved, as stored
        union all
        select kept.actor_name as base_name
        from {{ this }} as kept
        where
            kept.actor_kind = 'person'
            and kept.resolved_by <> 'surname'
            and kept.actor_name like '% %'
            and kept.article_key not in {{ rebuild.relation }}
            and {{ surname_of('kept.actor_name') }} in (
                select lower(one_word.base_name) from named as one_word
                where one_word.actor_kind = 'person' and one_word.base_name not like '% %'
            )
    {% endif %}
),

full_person_names as (
    {{ surname_entries('person_names') }}
),

resolved as (
    select
        named.article_key,
        named.article_actor_key,
        named.actor_name as name_as_written,
        named.mentions,
        named.age,
        named.loaded_at,
        coalesce(
            named.title,
            case when named.stripped_title_type <> 'honorific' then named.stripped_title end
        ) as title,
        case
            when named.actor_kind = 'person' then 'person'
            when name_hit.name_folded is not null then name_hit.actor_kind
            when named.actor_kind = 'country' and code_hit.country_code is not null then 'country'
            when mention_hits.actor_kind is not null then mention_hits.actor_kind
            else named.actor_kind
        end as actor_kind,
        case
            when
                named.actor_kind = 'person'
                and named.base_name not like '% %'
                and surname_hit.n_names = 1
                then surname_hit.full_name
            when named.actor_kind = 'person' then named.base_name
            when name_hit.name_folded is not null then name_hit.canonical_name
            when named.actor_kind = 'country' and code_hit.country_code is not null
                then code_hit.country_name
            when mention_hits.actor_kind is not null then mention_hits.canonical_name
            else named.base_name
        end as actor_name,
        case
            when named.actor_kind = 'person' then named.country_code
            when name_hit.name_folded is not null
                then coalesce(name_hit.country_code, named.country_code)
            when named.actor_kind = 'country' and code_hit.country_code is not null
                then code_hit.country_code
            when mention_hits.actor_kind is not null
                then coalesce(mention_hits.country_code, named.country_code)
            else named.country_code
        end as country_code,
        case
            when
                named.actor_kind = 'person'
                and named.base_name not like '% %'
                and surname_hit.n_names = 1
                then 'surname'
            when named.actor_kind = 'person' and named.stripped_title is not null
                then 'title stripped'
            when named.actor_kind = 'person' then 'name'
            when name_hit.name_folded is not null then name_hit.match_type
            when named.actor_kind = 'country' and code_hit.country_code is not null
                then 'country code'
            when mention_hits.actor_kind is not null then 'mention'
            else 'name'
        end as resolved_by
    from named
    left join lookup as name_hit
        on named.actor_kind <> 'person' and lower(named.base_name) = name_hit.name_folded
    left join countries as code_hit
        on named.country_code = code_hit.country_code
    left join mention_hits
        on
            named.article_key = mention_hits.article_key
            and named.article_actor_key = mention_hits.article_actor_key
    left join full_person_names as surname_hit
        on
            named.actor_kind = 'person'
            and lower(named.base_name) = surname_hit.surname
)

select
    article_key,
    article_actor_key,
    case
        when actor_kind = 'country' and country_code is not null
            then {{ country_actor_key('country_code') }}
        else {{ actor_key('actor_kind', 'actor_name') }}
    end as actor_key,
    actor_kind,
    actor_name,
    name_as_written,
    title,
    age,
    country_code,
    mentions,
    resolved_by,
    loaded_at,
    cast('{{ run_started_at }}' as timestamptz) as resolved_at
from resolved
