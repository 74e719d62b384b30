# SPDX-License-Identifier: MIT
"""Loaded by Python at start-up when this folder is on PYTHONPATH: the program
that follows runs on the virtual clock (see virtual_clock.py).

Python imports only the first sitecustomize it finds, so one that this folder
hides (a distribution's own) is run after the clock is installed."""

import importlib.machinery
import importlib.util
import os
import sys

import virtual_clock

virtual_clock.install()

_here = os.path.dirname(os.path.abspath(__file__))
_others = [p for p in sys.path if os.path.abspath(p or os.curdir) != _here]
_spec = importlib.machinery.PathFinder.find_spec("sitecustomize", _others)
if _spec is not None and _spec.loader is not None:
    _module = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_module)
