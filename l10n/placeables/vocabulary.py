"""Words and symbols the detector recognises: months, weekdays, scales, currencies, units.

Data only, so the detector's rules stay readable. Currency codes are ISO 4217; unit ids are
CLDR unit identifiers (`babel.units.format_unit` accepts them), so render needs no mapping.
"""

from __future__ import annotations

from decimal import Decimal

MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
}  # fmt: skip

SCALE_WORDS: dict[str, Decimal] = {
    "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
}

# Suffixes glued to a currency amount in headline style: "€200m", "$3bn", "HK$20k".
SCALE_SUFFIXES: dict[str, Decimal] = {
    "k": Decimal(10) ** 3,
    "m": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "bn": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "tn": Decimal(10) ** 12,
}

# Written before the amount. A bare "$" is USD and "¥" is JPY (the CLDR en symbols); the
# Chinese yuan is written "yuan", "RMB" or "CN¥" in English-language news.
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD", "HK$": "HKD", "NT$": "TWD", "S$": "SGD", "A$": "AUD", "C$": "CAD", "NZ$": "NZD",
    "CN¥": "CNY", "JP¥": "JPY", "RMB": "CNY", "CNY": "CNY", "USD": "USD", "EUR": "EUR",
    "GBP": "GBP", "HKD": "HKD", "JPY": "JPY", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
}  # fmt: skip

# Written after the amount ("10 billion yuan"). "pounds" alone is left out: it is also a weight.
CURRENCY_WORDS: dict[str, str] = {
    "yuan": "CNY", "RMB": "CNY", "CNY": "CNY", "renminbi": "CNY",
    "US dollars": "USD", "U.S. dollars": "USD", "dollars": "USD", "dollar": "USD", "USD": "USD",
    "Hong Kong dollars": "HKD", "HK dollars": "HKD", "HKD": "HKD",
    "euros": "EUR", "euro": "EUR", "EUR": "EUR",
    "pounds sterling": "GBP", "GBP": "GBP", "yen": "JPY", "JPY": "JPY",
}  # fmt: skip

_UNIT_SPELLINGS: dict[str, tuple[str, ...]] = {
    "area-square-kilometer": ("square kilometers", "square kilometres", "square kilometer",
                              "square kilometre", "sq km", "km²", "km2"),
    "area-square-meter": ("square meters", "square metres", "square meter", "square metre",
                          "sq m", "sqm", "m²", "m2"),
    "area-square-foot": ("square feet", "square foot", "sq ft"),
    "area-hectare": ("hectares", "hectare", "ha"),
    "area-acre": ("acres", "acre"),
    "speed-kilometer-per-hour": ("kilometers per hour", "kilometres per hour", "km/h", "kph"),
    "speed-mile-per-hour": ("miles per hour", "mph"),
    "speed-meter-per-second": ("meters per second", "metres per second", "m/s"),
    "length-kilometer": ("kilometers", "kilometres", "kilometer", "kilometre", "km"),
    "length-centimeter": ("centimeters", "centimetres", "centimeter", "centimetre", "cm"),
    "length-millimeter": ("millimeters", "millimetres", "millimeter", "millimetre", "mm"),
    "length-meter": ("meters", "metres", "meter", "metre", "m"),
    "length-mile": ("miles", "mile"),
    "length-foot": ("feet", "foot", "ft"),
    "length-inch": ("inches", "inch"),
    "mass-kilogram": ("kilograms", "kilogram", "kilos", "kg"),
    "mass-gram": ("grams", "gram", "g"),
    "mass-tonne": ("metric tons", "metric tonnes", "tonnes", "tonne"),
    "mass-ton": ("tons", "ton"),
    "temperature-celsius": ("degrees Celsius", "degree Celsius", "degrees C", "°C", "℃"),
    "temperature-fahrenheit": ("degrees Fahrenheit", "degree Fahrenheit", "degrees F", "°F", "℉"),
    "volume-liter": ("liters", "litres", "liter", "litre"),
    "volume-milliliter": ("milliliters", "millilitres", "ml"),
    "energy-kilowatt-hour": ("kilowatt-hours", "kilowatt hours", "kilowatt-hour", "kWh"),
    "power-kilowatt": ("kilowatts", "kilowatt", "kW"),
    "power-megawatt": ("megawatts", "megawatt", "MW"),
    "power-gigawatt": ("gigawatts", "gigawatt", "GW"),
}

PERCENT_UNIT = "concentr-percent"
"""The CLDR unit id of "%", used for percent ranges ("10-15 percent"); a single percentage is
its own kind, "percent"."""

PERCENT_WORDS: tuple[str, ...] = ("percent", "per cent", "pct")
"""Spellings of "%" after a number, as AP and British styles write it."""

UNITS: dict[str, str] = {
    spelling: unit for unit, spellings in _UNIT_SPELLINGS.items() for spelling in spellings
}
