"""`python -m newsfacts.explore.launch run app.py ...`: Streamlit's own command line, with the
one call it makes to the internet switched off: a headless server listening on every
address (`--host 0.0.0.0`) asks a public service for the machine's external IP to print it.
The explorer never leaves the machine, so it prints none."""

import sys

from streamlit import net_util
from streamlit.web.cli import main

net_util.get_external_ip = lambda: None

if __name__ == "__main__":
    sys.exit(main())
