{#- Generic test: a fact's character offsets form a non-empty span (start < end, start >= 0). -#}
{% test offsets_within_text(model, column_name, end_column) %}
select *
from {{ model }}
where {{ column_name }} is not null
  and ({{ column_name }} < 0 or {{ end_column }} <= {{ column_name }})
{% endtest %}
