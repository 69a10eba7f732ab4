"""`newsfacts explore`: a Streamlit app over the published warehouse, for people.

Read-only, offline and never in a run's way: it opens the published file read-only per page
render (a new publish shows without a restart), draws every chart with Vega-Lite bundled in
Streamlit (the map from shipped coordinates: no tile server, CDN or web font), and escapes
everything that reaches the page.

  data.py     the queries behind each page (no Streamlit: tests and benchmarks call them)
  views.py    the pages' layout
  app.py      the Streamlit entry point (the page is a query parameter: /?page=visits)
  server.py   `newsfacts explore`: streamlit run with offline, loopback-only settings
"""

PAGES = (  # (page parameter = function in views.py, title)
    ("overview", "Overview"), ("statements", "Statements"), ("visits", "Visits"),
    ("deployments", "Deployments"), ("actor", "Actor profile"), ("quality", "Quality"))
