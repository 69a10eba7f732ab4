{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='statement_key',
    on_schema_change='append_new_columns',
    meta={'log_deleted': 'speaker_actor_key', 'rebuilds_whole': 'article_key'},
    post_hook="{{ delete_superseded_facts() }}"
) }}

-- depends_on: {{ ref('stg_newsfacts__articles') }}
-- depends_on: {{ ref('int_actors_resolved') }}

-- the articles rebuilt: their facts, and the article and actor rows those are joined to
{% if is_incremental() %}
    {% set article_filter = incremental_article_filter([
            ('article_speaker_key', 'speaker_actor_key'),
            ('article_target_key', 'target_actor_key')], raw_table='statements') %}
{% endif %}

with statements as (
    select * from {{ ref('stg_newsfacts__statements') }}
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

cues as (
    select * from {{ ref('ref_cue_verbs') }}
),

-- the first other actor named in the statement's sentence (a heuristic target)
targets as (
    select
        statements.statement_key,
        actors.article_actor_key as article_target_key,
        actors.actor_key as target_actor_key
    from statements
    inner join actors
        on
            statements.article_key = actors.article_key
            and statements.article_speaker_key is distinct from actors.article_actor_key
    left join actors as speaker
        on
            statements.article_key = speaker.article_key
            and statements.article_speaker_key = speaker.article_actor_key
    cross join unnest(actors.mentions) as m (mention)
    where
        actors.actor_key is distinct from speaker.actor_key
        and regexp_matches(m.mention, '^[A-Z]')
        and length(m.mention) > 2
        and contains(statements.sentence, m.mention)
    qualify row_number() over (
        partition by statements.statement_key
        order by strpos(statements.sentence, m.mention), actors.article_actor_key
    ) = 1
)

select
    statements.statement_key,
    statements.article_key,
    speakers.actor_key as speaker_actor_key,
    statements.article_speaker_key,
    statements.speaker,
    statements.speaker_mention,
    targets.target_actor_key,
    targets.article_target_key,
    statements.quote_text,
    statements.statement_kind,
    statements.cue,
    coalesce(cues.plover_category, 'OTHER') as plover_category,
    statements.sentence,
    statements.sentence_idx,
    statements.start_char,
    statements.end_char,
    statements.rule,
    articles.url,
    articles.published_date,
    statements.extractor_version,
    statements.loaded_at,
    cast('{{ run_started_at }}' as timestamptz) as transformed_at
from statements
inner join articles on statements.article_key = articles.article_key
left join actors as speakers
    on
        statements.article_key = speakers.article_key
        and statements.article_speaker_key = speakers.article_actor_key
left join targets on statements.statement_key = targets.statement_key
left join cues on statements.cue = cues.cue
