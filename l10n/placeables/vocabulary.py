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
    "lakh": Decimal(10) ** 5,  # Indian numbering: 1 lakh = 100,000; 1 crore = 10,000,000
    "lakhs": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7,
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

CURRENCY_CODES: tuple[str, ...] = (
    "USD", "EUR", "GBP", "JPY", "CNY", "HKD", "TWD", "SGD", "AUD", "CAD", "NZD", "CHF", "SEK", "NOK",
    "DKK", "INR", "KRW", "RUB", "BRL", "ZAR", "MXN", "TRY", "PLN", "CZK", "HUF", "THB", "IDR", "MYR",
    "PHP", "VND", "SAR", "AED", "ILS", "EGP", "NGN", "KES", "PKR", "BDT", "UAH", "GEL", "ARS", "CLP",
)  # fmt: skip
"""ISO 4217 codes recognised before or after an amount ("SEK9 million", "500 CHF"): the common
ones in news, not all of ISO 4217, whose codes include English words ("ALL", "TOP", "CUP")."""

# Written before the amount. A bare "$" is USD and "¥" is JPY (the CLDR en symbols); the
# Chinese yuan is written "yuan", "RMB" or "CN¥" in English-language news; "Rs" is the
# Indian rupee (Pakistan's is written "PKR" or "Pakistani rupees").
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD", "HK$": "HKD", "NT$": "TWD", "S$": "SGD", "A$": "AUD", "C$": "CAD", "NZ$": "NZD",
    "CN¥": "CNY", "JP¥": "JPY", "RMB": "CNY", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₹": "INR", "Rs.": "INR", "Rs": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "zł": "PLN",
    **{code: code for code in CURRENCY_CODES if code != "PHP"},  # "PHP 7" is a language version
}  # fmt: skip

# Written after the amount ("10 billion yuan"). "pounds" alone is left out: it is also a weight.
CURRENCY_WORDS: dict[str, str] = {
    "yuan": "CNY", "RMB": "CNY", "CNY": "CNY", "renminbi": "CNY",
    "US dollars": "USD", "U.S. dollars": "USD", "dollars": "USD", "dollar": "USD", "USD": "USD",
    "Hong Kong dollars": "HKD", "HK dollars": "HKD", "HKD": "HKD",
    "euros": "EUR", "euro": "EUR", "EUR": "EUR",
    "pounds sterling": "GBP", "yen": "JPY",
    "Canadian dollars": "CAD", "Australian dollars": "AUD", "New Zealand dollars": "NZD",
    "Singapore dollars": "SGD", "Taiwan dollars": "TWD", "Swiss francs": "CHF",
    "rupees": "INR", "rupee": "INR", "Pakistani rupees": "PKR", "roubles": "RUB", "rubles": "RUB",
    "rouble": "RUB", "ruble": "RUB", "złotys": "PLN", "złoty": "PLN", "zlotys": "PLN", "zloty": "PLN",
    "lari": "GEL", "Georgian lari": "GEL", "lira": "TRY", "Turkish lira": "TRY", "kronor": "SEK",
    "Swedish kronor": "SEK", "Norwegian kroner": "NOK", "Danish kroner": "DKK", "baht": "THB",
    "ringgit": "MYR", "rupiah": "IDR", "riyals": "SAR", "dirhams": "AED", "naira": "NGN",
    "rand": "ZAR", "hryvnias": "UAH", "shekels": "ILS", "reais": "BRL",
    **{code: code for code in CURRENCY_CODES},
}  # fmt: skip

WEIGHT_POUND_CUES = ("weigh", "kg", "kilogram", "kilo", "lb", "heavy", "heavier", "weight")
"""Words that make "N pounds" a weight (`mass-pound`); with a scale word ("181 million pounds")
it is money (GBP); otherwise the word stays text after a number."""

MILLION_CONTEXT = (
    "people", "users", "customers", "viewers", "visitors", "voters", "votes", "residents", "subscribers",
    "shares", "barrels", "jobs", "homes", "households", "passengers", "doses", "cases", "downloads",
    "copies", "units", "followers", "members", "workers", "children", "patients", "students",
    "tourists", "from investors", "in funding", "in revenue", "in sales", "in profit", "worth",
)  # fmt: skip
"""What makes a glued "m" after a number a million ("raised 3.5m from investors", "2.4m
people") rather than metres ("a 400m race"): the following word."""

ZONE_ABBREVIATIONS: dict[str, str | int] = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 60, "IST": 330, "CET": 60, "CEST": 120, "EET": 120,
    "EEST": 180, "WET": 0, "WEST": 60, "MSK": 180, "HKT": 480, "SGT": 480, "PHT": 480, "AWST": 480,
    "JST": 540, "KST": 540, "ACST": 570, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480,
    "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600, "AST": -240, "ADT": -180,
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
}  # fmt: skip
"""Time-zone abbreviations after a time ("9 a.m. ET", "0203 GMT"): minutes east of UTC, or for
the generic North American zones (ET, CT, MT, PT: standard or daylight time by the date) the
IANA zone whose offset on the article's date applies. "IST" is India's (+5:30), as in most
English news that uses it; "CST" is US Central (China's is written "Beijing time")."""

_UNIT_SPELLINGS: dict[str, tuple[str, ...]] = {
    "area-square-kilometer": (
        "square kilometers",
        "square kilometres",
        "square kilometer",
        "square kilometre",
        "sq km",
        "km²",
        "km2",
    ),
    "area-square-meter": ("square meters", "square metres", "square meter", "square metre", "sq m", "sqm", "m²", "m2"),
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
    "length-micrometer": ("micrometers", "micrometres", "micrometer", "micrometre", "microns", "μm"),
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

UNITS: dict[str, str] = {spelling: unit for unit, spellings in _UNIT_SPELLINGS.items() for spelling in spellings}

ORDINARY_STARTERS = frozenset(
    "A An And About After Again All Almost Also Although Among Another Approximately Around As At Because "
    "Before Besides Between Both But By Despite Each Every Exactly Fewer For From How If Including Just "
    "Last Less More Nearly Now Of On Once Only Or Over Overall Roughly Since So Some Still Than That The "
    "Then These This Those Though To Today Under Unless Until Up When Whereas While With Within Without "
    "Yesterday Yet".split()
)
"""Capitalised words that start a sentence without naming anything: "Over 200 came" counts 200,
while "Lost 52 sailed" names a project (the name rule, `detect._name_candidates`)."""
