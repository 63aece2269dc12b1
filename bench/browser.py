"""Headless Chromium (through selenium and chromedriver) for the report's tests and benchmark.

:func:`missing` says why no browser can be driven (``None`` when one can);
:func:`chromium` starts one with a fresh profile and no network features.
Needs the ``test`` extra (selenium) and Debian's ``chromium`` and ``chromium-driver``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
]
BINARIES = ["chromium", "chromium-browser", "google-chrome"]


def binary() -> str | None:
    return os.environ.get("CHROME_BIN") or next(filter(None, map(shutil.which, BINARIES)), None)


def driver_binary() -> str | None:
    return os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")


def missing() -> str | None:
    """Why a headless browser cannot be started here, or ``None``."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if binary() is None:
        return "Chromium not found (apt-get install chromium chromium-driver, or set CHROME_BIN)"
    if driver_binary() is None:
        return "chromedriver not found (apt-get install chromium-driver, or set CHROMEDRIVER)"
    return None


def chromium(profile_dir: str | os.PathLike):
    """A selenium Chrome driver on headless Chromium with an empty profile in ``profile_dir``."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    Path(profile_dir).mkdir(parents=True, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = binary()
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={Path(profile_dir).resolve()}")
    driver = webdriver.Chrome(service=Service(driver_binary()), options=options)
    driver.set_page_load_timeout(60)
    return driver
