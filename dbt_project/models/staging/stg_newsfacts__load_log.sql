with source as (
    select * from {{ source('newsfacts', 'load_log') }}
)

select
    batch_id,
    run_id,
    extractor_version,
    loaded_at,
    articles as n_articles,
    statements as n_statements,
    visits as n_visits,
    deployments as n_deployments
from source
qualify row_number() over (partition by batch_id order by loaded_at desc) = 1
