#!/usr/bin/env canvas
