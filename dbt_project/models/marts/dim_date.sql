-- A calendar from 2000-01-01 to 2040-12-31: every published_date and resolved visit date
-- of the warehouse falls inside it (tested by relationships on the facts).
with days as (
    select cast(t.d as date) as date_day
    from range(date '2000-01-01', date '2041-01-01', interval 1 day) as t (d)
)

select
    date_day,
    cast(year(date_day) as integer) as year_number,
    cast(quarter(date_day) as integer) as quarter_number,
    cast(month(date_day) as integer) as month_number,
    monthname(date_day) as month_name,
    cast(isoyear(date_day) as integer) as iso_year,
    cast(week(date_day) as integer) as iso_week,
    cast(date_trunc('week', date_day) as date) as week_start,
    cast(date_trunc('month', date_day) as date) as month_start,
    cast(isodow(date_day) as integer) as iso_day_of_week,
    dayname(date_day) as day_name,
    isodow(date_day) in (6, 7) as is_weekend
from days
