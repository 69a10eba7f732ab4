with statements as (
    select * from {{ ref('stg_newsfacts__statements') }}
),

actors as (
    select * from {{ ref('stg_newsfacts__actors') }}
),

articles as (
    select * from {{ ref('stg_newsfacts__articles') }}
)

select
    statements.statement_key,
    statements.article_key,
    actors.actor_key as speaker_actor_key,
    statements.speaker,
    statements.speaker_mention,
    statements.quote_text,
    statements.statement_kind,
    statements.cue,
    statements.sentence,
    statements.sentence_idx,
    statements.start_char,
    statements.end_char,
    articles.url,
    articles.published_date,
    statements.extractor_version
from statements
inner join articles on statements.article_key = articles.article_key
left join actors
    on statements.article_key = actors.article_key
    and statements.article_speaker_key = actors.article_actor_key
