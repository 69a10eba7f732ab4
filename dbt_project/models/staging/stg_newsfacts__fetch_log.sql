with source as (
    select * from {{ source('newsfacts', 'fetch_log') }}
)

select
    url,
    final_url,
    canonical_url,
    source as source_name,
    outcome as fetch_outcome,
    error as fetch_error,
    bytes as n_bytes,
    http_status,
    content_type,
    charset,
    elapsed_ms,
    content_sha256,
    try_cast(fetched_at as timestamptz) as fetched_at,
    run_id,
    loaded_at
from source
