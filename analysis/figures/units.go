package figures

import "strings"

// unit is one entry of the unit table.
type unit struct {
	name   string  // canonical unit
	kind   Kind    // what it measures
	family string  // units of one family convert into each other
	factor float64 // size in the family's base unit (0: not convertible)
	scale  float64 // value multiplier for sub-units (cents: 0.01); 0 means 1
}

// unitEntry lists the surfaces of one unit. Surfaces are lower case words
// separated by spaces ("square kilometers"); attached hyphens in the text
// ("kilowatt-hours") match a space here. exact lists case-sensitive symbols.
type unitEntry struct {
	unit
	words []string
	exact []string
}

var unitTable = []unitEntry{
	// percent
	{unit{"%", Percent, "%", 1, 0}, []string{"percent", "per cent", "percents", "pct", "per-cent", "pc"}, []string{"%"}},
	{unit{"%", Percent, "%", 1, 0}, []string{"percentage"}, nil},
	{unit{"pp", PercentagePoints, "pp", 1, 0}, []string{"percentage points", "percentage point", "percent points", "percent point", "per cent points", "pp", "ppt", "ppts", "pct points", "pct point"}, nil},
	{unit{"bp", PercentagePoints, "pp", 0.01, 0}, []string{"basis points", "basis point", "bps", "bp"}, nil},

	// multiples: "50-fold"
	{unit{"times", Count, "times", 1, 0}, []string{"fold"}, nil},
	{unit{"magnitude", Other, "magnitude", 0, 0}, []string{"magnitude"}, nil},

	// durations
	{unit{"year", Duration, "time", 1, 0}, []string{"years", "year", "yrs", "yr", "yo"}, nil},
	{unit{"month", Duration, "time", 1.0 / 12, 0}, []string{"months", "month"}, nil},
	{unit{"week", Duration, "time", 7.0 / 365, 0}, []string{"weeks", "week"}, nil},
	{unit{"day", Duration, "time", 1.0 / 365, 0}, []string{"days", "day"}, nil},
	{unit{"hour", Duration, "time", 1.0 / 8760, 0}, []string{"hours", "hour", "hrs"}, nil},
	{unit{"minute", Duration, "time", 1.0 / 525600, 0}, []string{"minutes", "minute", "mins"}, nil},
	{unit{"decade", Duration, "time", 10, 0}, []string{"decades", "decade"}, nil},
	{unit{"century", Duration, "time", 100, 0}, []string{"centuries", "century"}, nil},

	// energy (base Wh)
	{unit{"Wh", Energy, "energy", 1, 0}, []string{"watt hours", "watt hour", "watt-hours"}, []string{"Wh"}},
	{unit{"kWh", Energy, "energy", 1e3, 0}, []string{"kilowatt hours", "kilowatt hour", "kwh"}, []string{"kWh"}},
	{unit{"MWh", Energy, "energy", 1e6, 0}, []string{"megawatt hours", "megawatt hour", "mwh"}, []string{"MWh"}},
	{unit{"GWh", Energy, "energy", 1e9, 0}, []string{"gigawatt hours", "gigawatt hour", "gwh"}, []string{"GWh"}},
	{unit{"TWh", Energy, "energy", 1e12, 0}, []string{"terawatt hours", "terawatt hour", "twh"}, []string{"TWh"}},
	{unit{"J", Energy, "energy", 1.0 / 3600, 0}, []string{"joules", "joule"}, []string{"J"}},
	{unit{"MJ", Energy, "energy", 1e6 / 3600, 0}, []string{"megajoules", "megajoule"}, []string{"MJ"}},
	{unit{"GJ", Energy, "energy", 1e9 / 3600, 0}, []string{"gigajoules", "gigajoule"}, []string{"GJ"}},
	{unit{"Btu", Energy, "energy", 0.293071, 0}, []string{"british thermal units", "british thermal unit", "btu", "btus"}, nil},
	{unit{"toe", Energy, "energy", 11630000, 0}, []string{"tonnes of oil equivalent", "tons of oil equivalent", "toe"}, nil},
	{unit{"eV", Energy, "particle energy", 1, 0}, []string{"electronvolts"}, []string{"eV"}},
	{unit{"GeV", Energy, "particle energy", 1e9, 0}, nil, []string{"GeV"}},
	{unit{"TeV", Energy, "particle energy", 1e12, 0}, nil, []string{"TeV"}},

	// power (base W)
	{unit{"W", Power, "power", 1, 0}, []string{"watts", "watt"}, []string{"W"}},
	{unit{"kW", Power, "power", 1e3, 0}, []string{"kilowatts", "kilowatt", "kw"}, []string{"kW"}},
	{unit{"MW", Power, "power", 1e6, 0}, []string{"megawatts", "megawatt", "mw"}, []string{"MW"}},
	{unit{"GW", Power, "power", 1e9, 0}, []string{"gigawatts", "gigawatt", "gw"}, []string{"GW"}},
	{unit{"TW", Power, "power", 1e12, 0}, []string{"terawatts", "terawatt"}, []string{"TW"}},
	{unit{"hp", Power, "power", 745.7, 0}, []string{"horsepower", "hp"}, nil},

	// mass (base kg)
	{unit{"t", Mass, "mass", 1000, 0}, []string{"tons", "ton", "tonnes", "tonne", "metric tons", "metric ton", "metric tonnes", "metric tonne"}, []string{"t"}},
	{unit{"kg", Mass, "mass", 1, 0}, []string{"kilograms", "kilogram", "kilogrammes", "kg", "kgs", "kilos", "kilo"}, nil},
	{unit{"g", Mass, "mass", 0.001, 0}, []string{"grams", "gram", "grammes"}, []string{"g"}},
	{unit{"mg", Mass, "mass", 1e-6, 0}, []string{"milligrams", "milligram", "mg"}, nil},
	{unit{"lb", Mass, "mass", 0.45359237, 0}, []string{"pounds", "pound", "lb", "lbs"}, nil},
	{unit{"oz", Mass, "mass", 0.028349523, 0}, []string{"ounces", "ounce", "oz"}, nil},

	// length (base m)
	{unit{"km", Length, "length", 1000, 0}, []string{"kilometers", "kilometer", "kilometres", "kilometre", "km", "kms"}, nil},
	{unit{"m", Length, "length", 1, 0}, []string{"meters", "meter", "metres", "metre"}, []string{"m"}},
	{unit{"cm", Length, "length", 0.01, 0}, []string{"centimeters", "centimeter", "centimetres", "centimetre", "cm"}, nil},
	{unit{"mm", Length, "length", 0.001, 0}, []string{"millimeters", "millimeter", "millimetres", "millimetre", "mm"}, nil},
	{unit{"mi", Length, "length", 1609.344, 0}, []string{"miles", "mile", "mi"}, nil},
	{unit{"nmi", Length, "length", 1852, 0}, []string{"nautical miles", "nautical mile", "nmi"}, nil},
	{unit{"ft", Length, "length", 0.3048, 0}, []string{"feet", "foot", "ft"}, nil},
	{unit{"in", Length, "length", 0.0254, 0}, []string{"inches", "inch"}, nil},
	{unit{"yd", Length, "length", 0.9144, 0}, []string{"yards", "yard", "yd"}, nil},

	// area (base m2)
	{unit{"km2", Area, "area", 1e6, 0}, []string{"square kilometers", "square kilometer", "square kilometres", "square kilometre", "sq km", "square km", "km2", "km ²", "sq. km"}, nil},
	{unit{"m2", Area, "area", 1, 0}, []string{"square meters", "square meter", "square metres", "square metre", "sq m", "m2", "m ²", "sqm"}, nil},
	{unit{"mi2", Area, "area", 2589988.11, 0}, []string{"square miles", "square mile", "sq mi", "sq miles"}, nil},
	{unit{"ft2", Area, "area", 0.09290304, 0}, []string{"square feet", "square foot", "sq ft"}, nil},
	{unit{"ha", Area, "area", 1e4, 0}, []string{"hectares", "hectare", "ha"}, nil},
	{unit{"acre", Area, "area", 4046.8564, 0}, []string{"acres", "acre"}, nil},

	// volume (other; base L)
	{unit{"L", Other, "volume", 1, 0}, []string{"liters", "liter", "litres", "litre"}, []string{"L"}},
	{unit{"ml", Other, "volume", 0.001, 0}, []string{"milliliters", "millilitres", "ml"}, nil},
	{unit{"gal", Other, "volume", 3.785411784, 0}, []string{"gallons", "gallon", "gal"}, nil},
	{unit{"bbl", Other, "volume", 158.987295, 0}, []string{"barrels", "barrel", "bbl"}, nil},
	{unit{"m3", Other, "volume", 1000, 0}, []string{"cubic meters", "cubic meter", "cubic metres", "cubic metre", "m3", "m ³"}, nil},
	{unit{"ft3", Other, "volume", 28.316846592, 0}, []string{"cubic feet", "cubic foot", "cu ft"}, nil},
	{unit{"bcm", Other, "volume", 1e12, 0}, []string{"bcm"}, nil},

	// temperature, speed, data, rates (other)
	{unit{"°C", Other, "temperature", 0, 0}, []string{"degrees celsius", "degree celsius", "deg celsius", "degrees centigrade", "degrees c", "degree c", "deg c", "celsius", "celcius", "centigrade", "° c", "°c"}, []string{"°C", "℃"}},
	{unit{"°F", Other, "temperature", 0, 0}, []string{"degrees fahrenheit", "degree fahrenheit", "deg fahrenheit", "degrees farenheit", "degrees f", "degree f", "deg f", "fahrenheit", "farenheit", "° f", "°f"}, []string{"°F", "℉"}},
	{unit{"K", Other, "temperature", 0, 0}, []string{"kelvin", "kelvins"}, []string{"K"}},
	{unit{"degree", Other, "degree", 0, 0}, []string{"degrees", "degree", "°"}, nil},
	{unit{"km/h", Other, "speed", 1, 0}, []string{"kilometers per hour", "kilometres per hour", "kilometers an hour", "kilometres an hour", "km per hour", "km / h", "kph", "kmh"}, nil},
	{unit{"mph", Other, "speed", 1.609344, 0}, []string{"miles per hour", "miles an hour", "mph"}, nil},
	{unit{"kn", Other, "speed", 1.852, 0}, []string{"knots"}, nil},
	{unit{"bit", Other, "data", 0.125, 0}, []string{"bits", "bit"}, nil},
	{unit{"B", Other, "data", 1, 0}, []string{"bytes", "byte"}, nil},
	{unit{"KB", Other, "data", 1e3, 0}, []string{"kilobytes", "kilobyte", "kb"}, nil},
	{unit{"MB", Other, "data", 1e6, 0}, []string{"megabytes", "megabyte", "mb"}, nil},
	{unit{"GB", Other, "data", 1e9, 0}, []string{"gigabytes", "gigabyte", "gb"}, nil},
	{unit{"TB", Other, "data", 1e12, 0}, []string{"terabytes", "terabyte", "tb"}, nil},
	{unit{"PB", Other, "data", 1e15, 0}, []string{"petabytes", "petabyte"}, nil},
	{unit{"EB", Other, "data", 1e18, 0}, []string{"exabytes", "exabyte"}, nil},
	// the abbreviations name a rate; written out, "tons per day" and
	// "barrels per day" are an amount and its period, as "tons a day"
	{unit{"t/d", Other, "mass rate", 1, 0}, []string{"tpd"}, nil},
	{unit{"bbl/d", Other, "volume rate", 1, 0}, []string{"bpd"}, nil},

	// money: currency names written after the number
	{unit{"USD", Money, "USD", 1, 0}, []string{"dollars", "dollar", "us dollars", "us dollar", "u . s . dollars", "u.s. dollars", "american dollars", "united states dollars", "usd", "us$"}, []string{"USD"}},
	{unit{"USD", Money, "USD", 1, 0.01}, []string{"cents", "cent"}, nil},
	{unit{"CNY", Money, "CNY", 1, 0}, []string{"yuan", "renminbi", "rmb", "chinese yuan", "yuan renminbi", "cny"}, []string{"元"}},
	{unit{"KRW", Money, "KRW", 1, 0}, []string{"won", "korean won", "south korean won", "krw"}, nil},
	{unit{"JPY", Money, "JPY", 1, 0}, []string{"yen", "japanese yen", "jpy"}, nil},
	{unit{"EUR", Money, "EUR", 1, 0}, []string{"euros", "euro", "eur"}, []string{"€"}},
	{unit{"GBP", Money, "GBP", 1, 0}, []string{"pounds sterling", "pound sterling", "sterling", "british pounds", "british pound", "gbp"}, []string{"£"}},
	{unit{"GBP", Money, "GBP", 1, 0.01}, []string{"pence", "penny", "pennies", "p"}, nil},
	{unit{"CHF", Money, "CHF", 1, 0}, []string{"swiss francs", "swiss franc", "chf"}, nil},
	{unit{"franc", Money, "franc", 1, 0}, []string{"francs", "franc"}, nil},
	{unit{"FRF", Money, "FRF", 1, 0}, []string{"french francs", "french franc"}, nil},
	{unit{"AUD", Money, "AUD", 1, 0}, []string{"australian dollars", "australian dollar", "aud"}, nil},
	{unit{"CAD", Money, "CAD", 1, 0}, []string{"canadian dollars", "canadian dollar", "cad"}, nil},
	{unit{"HKD", Money, "HKD", 1, 0}, []string{"hong kong dollars", "hong kong dollar", "hkd"}, nil},
	{unit{"TWD", Money, "TWD", 1, 0}, []string{"new taiwan dollars", "taiwan dollars", "twd"}, nil},
	{unit{"SGD", Money, "SGD", 1, 0}, []string{"singapore dollars", "singapore dollar", "sgd"}, nil},
	{unit{"NZD", Money, "NZD", 1, 0}, []string{"new zealand dollars", "new zealand dollar", "nzd"}, nil},
	{unit{"FIM", Money, "FIM", 1, 0}, []string{"finnish markka", "finnish markkas", "markka", "markkaa"}, nil},
	{unit{"NLG", Money, "NLG", 1, 0}, []string{"dutch guilders", "dutch guilder", "guilders"}, nil},
	{unit{"ESP", Money, "ESP", 1, 0}, []string{"pesetas", "peseta"}, nil},
	{unit{"DEM", Money, "DEM", 1, 0}, []string{"deutsche marks", "deutsche mark"}, nil},
	{unit{"INR", Money, "INR", 1, 0}, []string{"indian rupees", "indian rupee", "inr"}, []string{"₹"}},
	{unit{"rupee", Money, "rupee", 1, 0}, []string{"rupees", "rupee"}, nil}, // resolveCurrencies: INR unless the document says otherwise
	{unit{"RUB", Money, "RUB", 1, 0}, []string{"rubles", "roubles", "ruble", "rouble", "rub"}, []string{"₽"}},
	{unit{"VND", Money, "VND", 1, 0}, []string{"vietnamese dong", "dong", "vnd", "đồng"}, []string{"₫", "đ"}},
	{unit{"THB", Money, "THB", 1, 0}, []string{"baht", "thb"}, []string{"฿"}},
	{unit{"MYR", Money, "MYR", 1, 0}, []string{"ringgit", "myr"}, nil},
	{unit{"IDR", Money, "IDR", 1, 0}, []string{"rupiah", "idr"}, nil},
	{unit{"riyal", Money, "riyal", 1, 0}, []string{"riyals", "riyal"}, nil}, // resolveCurrencies: SAR unless the document says otherwise
	{unit{"SAR", Money, "SAR", 1, 0}, []string{"saudi riyals", "saudi riyal", "sar"}, nil},
	{unit{"rial", Money, "rial", 1, 0}, []string{"rials", "rial"}, nil}, // resolveCurrencies: IRR unless the document says otherwise
	{unit{"IRR", Money, "IRR", 1, 0}, []string{"iranian rials", "iranian rial", "irr"}, nil},
	{unit{"OMR", Money, "OMR", 1, 0}, []string{"omani rials", "omani rial"}, nil},
	{unit{"dinar", Money, "dinar", 1, 0}, []string{"dinars", "dinar"}, nil},             // resolveCurrencies
	{unit{"shilling", Money, "shilling", 1, 0}, []string{"shillings", "shilling"}, nil}, // resolveCurrencies: KES unless ...
	{unit{"AZN", Money, "AZN", 1, 0}, []string{"manat", "manats", "azerbaijani manat", "azn"}, nil},
	{unit{"GEL", Money, "GEL", 1, 0}, []string{"lari", "laris"}, nil},
	{unit{"AMD", Money, "AMD", 1, 0}, []string{"drams", "armenian dram", "armenian drams"}, nil},
	{unit{"KGS", Money, "KGS", 1, 0}, []string{"kyrgyz som", "kyrgyz soms"}, nil},
	{unit{"TJS", Money, "TJS", 1, 0}, []string{"somoni", "somonis"}, nil},
	{unit{"AFN", Money, "AFN", 1, 0}, []string{"afghanis"}, nil},
	{unit{"HUF", Money, "HUF", 1, 0}, []string{"forint", "forints", "huf"}, nil},
	{unit{"CZK", Money, "CZK", 1, 0}, []string{"koruna", "korunas", "czech crowns", "czk"}, nil},
	{unit{"RON", Money, "RON", 1, 0}, []string{"romanian lei", "ron"}, nil},
	{unit{"PGK", Money, "PGK", 1, 0}, []string{"kina", "pgk"}, nil},
	{unit{"VUV", Money, "VUV", 1, 0}, []string{"vatu", "vuv"}, nil},
	{unit{"WST", Money, "WST", 1, 0}, []string{"tala", "wst"}, nil},
	{unit{"SBD", Money, "SBD", 1, 0}, []string{"solomon islands dollars", "solomon islands dollar", "sbd"}, nil},
	{unit{"FJD", Money, "FJD", 1, 0}, []string{"fijian dollars", "fiji dollars", "fjd"}, nil},
	{unit{"GHS", Money, "GHS", 1, 0}, []string{"cedis", "cedi", "ghs"}, nil},
	{unit{"XOF", Money, "XOF", 1, 0}, []string{"cfa francs", "cfa franc", "xof"}, nil},
	{unit{"MVR", Money, "MVR", 1, 0}, []string{"rufiyaa", "mvr"}, nil},
	{unit{"CLP", Money, "CLP", 1, 0}, []string{"chilean pesos", "clp"}, nil},
	{unit{"COP", Money, "COP", 1, 0}, []string{"colombian pesos"}, nil},
	{unit{"AED", Money, "AED", 1, 0}, []string{"dirhams", "dirham", "aed"}, nil},
	{unit{"ZAR", Money, "ZAR", 1, 0}, []string{"rand", "zar"}, nil},
	{unit{"PHP", Money, "PHP", 1, 0}, []string{"philippine pesos", "philippine peso", "php"}, []string{"₱"}},
	{unit{"peso", Money, "peso", 1, 0}, []string{"pesos", "peso"}, nil},
	{unit{"PKR", Money, "PKR", 1, 0}, []string{"pakistani rupees", "pakistan rupees", "pkr"}, nil},
	{unit{"LKR", Money, "LKR", 1, 0}, []string{"sri lankan rupees", "sri lanka rupees", "lkr"}, nil},
	{unit{"NPR", Money, "NPR", 1, 0}, []string{"nepalese rupees", "nepali rupees"}, nil},
	{unit{"KZT", Money, "KZT", 1, 0}, []string{"tenge", "kzt"}, []string{"₸"}},
	{unit{"MNT", Money, "MNT", 1, 0}, []string{"tugrik", "tugriks", "togrog", "mnt"}, []string{"₮"}},
	{unit{"KHR", Money, "KHR", 1, 0}, []string{"riel", "riels", "khr"}, []string{"៛"}},
	{unit{"LAK", Money, "LAK", 1, 0}, []string{"lao kip", "laotian kip", "lak"}, []string{"₭"}},
	{unit{"MMK", Money, "MMK", 1, 0}, []string{"kyat", "kyats", "mmk"}, nil},
	{unit{"BDT", Money, "BDT", 1, 0}, []string{"taka", "bdt"}, []string{"৳"}},
	{unit{"UZS", Money, "UZS", 1, 0}, []string{"uzbek soum", "uzbek soums", "uzbek sum", "uzs"}, nil},
	{unit{"UAH", Money, "UAH", 1, 0}, []string{"hryvnia", "hryvnias", "hryvnas", "uah"}, []string{"₴"}},
	{unit{"NGN", Money, "NGN", 1, 0}, []string{"naira", "ngn"}, []string{"₦"}},
	{unit{"KES", Money, "KES", 1, 0}, []string{"kenyan shillings", "kenya shillings", "kes"}, nil},
	{unit{"ETB", Money, "ETB", 1, 0}, []string{"birr", "etb"}, nil},
	{unit{"ILS", Money, "ILS", 1, 0}, []string{"shekels", "shekel", "ils"}, []string{"₪"}},
	{unit{"BND", Money, "BND", 1, 0}, []string{"brunei dollars", "brunei dollar", "bnd"}, nil},
	{unit{"TRY", Money, "TRY", 1, 0}, []string{"turkish lira", "turkish liras", "lira", "liras"}, []string{"₺"}},
	{unit{"PLN", Money, "PLN", 1, 0}, []string{"zloty", "zlotys", "złoty", "złotys", "polish zloty", "pln"}, nil},
	{unit{"ARS", Money, "ARS", 1, 0}, []string{"argentine pesos", "argentinian pesos", "ars"}, nil},
	{unit{"QAR", Money, "QAR", 1, 0}, []string{"qatari riyals", "qatari riyal", "qar"}, nil},
	{unit{"EGP", Money, "EGP", 1, 0}, []string{"egyptian pounds", "egyptian pound", "egp"}, nil},
	{unit{"SEK", Money, "SEK", 1, 0}, []string{"swedish kronor", "sek"}, nil},
	{unit{"NOK", Money, "NOK", 1, 0}, []string{"norwegian kroner", "nok"}, nil},
	{unit{"DKK", Money, "DKK", 1, 0}, []string{"danish kroner", "dkk"}, nil},
	{unit{"BRL", Money, "BRL", 1, 0}, []string{"reais", "brl"}, nil},
	{unit{"MXN", Money, "MXN", 1, 0}, []string{"mexican pesos", "mxn"}, nil},
	{unit{"KPW", Money, "KPW", 1, 0}, []string{"north korean won", "kpw"}, nil},
}

// Scale-word multipliers written after a number.
var scaleWords = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "quadrillion": 1e15,
	"mn": 1e6, "mln": 1e6, "mil": 1e6, "mill": 1e6, "bn": 1e9, "bln": 1e9, "bil": 1e9, "tn": 1e12, "tln": 1e12, "trn": 1e12,
	"tril": 1e12, "trln": 1e12,
	"dozen": 12, "dozens": 12, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7,
	"thousands": 1e3, "millions": 1e6, "billions": 1e9,
}

// Suffixes attached to digits ("10k", "$2.2T", "1.2b", "1MM"). Lower-case
// "m", "b", "mm" and upper-case "T" scale only after a currency sign;
// otherwise "48m" is metres and "7.62mm" millimetres.
var suffixScale = map[string]float64{
	"k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "Mn": 1e6,
	"B": 1e9, "bn": 1e9, "bln": 1e9, "BN": 1e9, "Bn": 1e9, "tn": 1e12, "tln": 1e12, "trn": 1e12,
	"bil": 1e9, "tril": 1e12, "trln": 1e12,
}

// dottedScales are the abbreviations of scale words written with a dot
// ("$550 bil.", "P2 mil."): the dot is part of the figure's text.
var dottedScales = map[string]bool{"bil": true, "mil": true, "mill": true, "tril": true}

var moneySuffixScale = map[string]float64{"m": 1e6, "mm": 1e6, "b": 1e9, "T": 1e12, "t": 1e12, "tr": 1e12}

// Currency codes written before or after the number.
var currencyCodes = map[string]string{
	"USD": "USD", "US$": "USD", "EUR": "EUR", "GBP": "GBP", "CNY": "CNY", "RMB": "CNY", "KRW": "KRW",
	"JPY": "JPY", "CAD": "CAD", "AUD": "AUD", "HKD": "HKD", "CHF": "CHF", "INR": "INR", "RUB": "RUB",
	"SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "SGD": "SGD", "TWD": "TWD", "NZD": "NZD", "MXN": "MXN",
	"BRL": "BRL", "ZAR": "ZAR", "SAR": "SAR", "AED": "AED", "VND": "VND", "THB": "THB", "IDR": "IDR",
	"MYR": "MYR", "PLN": "PLN", "ILS": "ILS", "KPW": "KPW", "TRY": "TRY",
	// upper case only (codeOf): "PHP 5 billion", "KZT 100 billion"
	"PHP": "PHP", "PKR": "PKR", "LKR": "LKR", "BDT": "BDT", "KZT": "KZT", "UZS": "UZS", "MNT": "MNT",
	"KHR": "KHR", "LAK": "LAK", "MMK": "MMK", "BND": "BND", "UAH": "UAH", "NGN": "NGN", "KES": "KES",
	"ETB": "ETB", "EGP": "EGP", "ARS": "ARS", "QAR": "QAR",
	"IRR": "IRR", "AZN": "AZN", "SBD": "SBD", "FJD": "FJD", "PGK": "PGK", "GEL": "GEL", "KGS": "KGS", "TJS": "TJS",
	"TMT": "TMT", "AFN": "AFN", "HUF": "HUF", "CZK": "CZK", "RON": "RON", "KWD": "KWD", "BHD": "BHD", "OMR": "OMR",
	"JOD": "JOD", "IQD": "IQD", "RSD": "RSD", "CLP": "CLP", "TZS": "TZS", "UGX": "UGX", "GHS": "GHS", "ZMW": "ZMW",
	"XOF": "XOF", "TND": "TND", "DZD": "DZD", "MVR": "MVR", "YER": "YER", "VUV": "VUV", "WST": "WST", "NPR": "NPR",
}

// lowerCodes are the codes also read in lower case ("usd 200", "10 rmb"):
// the others are English words ("try", "php") or units ("kgs") in lower case.
var lowerCodes = map[string]bool{
	"usd": true, "us$": true, "eur": true, "gbp": true, "cny": true, "rmb": true, "krw": true, "jpy": true,
	"aud": true, "hkd": true, "chf": true, "inr": true, "sek": true, "nok": true, "dkk": true, "sgd": true,
	"twd": true, "nzd": true, "mxn": true, "brl": true, "zar": true, "aed": true, "vnd": true, "thb": true,
	"idr": true, "myr": true, "pln": true, "ils": true, "kpw": true,
}

// Currency signs, and the letters that can precede "$".
var currencySigns = map[string]string{"$": "USD", "£": "GBP", "€": "EUR", "₩": "KRW", "₹": "INR", "₽": "RUB", "¥": "JPY/CNY", "￥": "JPY/CNY",
	"₱": "PHP", "₫": "VND", "฿": "THB", "₸": "KZT", "₮": "MNT", "₭": "LAK", "៛": "KHR", "৳": "BDT", "₺": "TRY", "₴": "UAH",
	"₦": "NGN", "₪": "ILS", "₨": "rupee"}

// localPrefixes are the letters some outlets write before a number for
// their own currency: "Rs 1,300 crore", "Rs.500", "RM5 billion", "Rp 5
// trillion", "Php 2 billion", Kenyan papers' "Sh180 billion", Gulf papers'
// "SR31.5 billion", "QR2 billion", "Dh5 billion". Case-sensitive. The one-letter "P" (pesos, as
// Philippine papers write "P5 billion") and "W" (won, the Korea Herald's
// "W1.5 trillion") are read only glued to a number with a scale word.
var localPrefixes = map[string]string{"Rs": "rupee", "RS": "rupee", "Rp": "IDR", "RM": "MYR", "Php": "PHP", "PhP": "PHP",
	"Tk": "BDT", "Ksh": "KES", "KSh": "KES", "Sh": "shilling", "SR": "SAR", "QR": "QAR", "Dh": "AED", "Dhs": "AED", "Bt": "THB", "R": "ZAR", "N": "NGN"}

var dollarPrefixes = map[string]string{
	"us": "USD", "u.s": "USD", "u.s.": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "hk": "HKD", "a": "AUD", "au": "AUD",
	"nt": "TWD", "s": "SGD", "nz": "NZD", "r": "BRL", "mex": "MXN",
	// the Pacific's and the Caribbean's dollars: "SI$28 million", "FJ$5 million", "J$2 billion"
	"si": "SBD", "fj": "FJD", "ws": "WST", "ec": "XCD", "tt": "TTD", "j": "JMD", "n": "NAD", "z": "ZWL", "rd": "DOP", "bds": "BBD",
	"usd": "USD", "aud": "AUD", "cad": "CAD", "nzd": "NZD", "mxn": "MXN", "sgd": "SGD", "hkd": "HKD",
}

// units maps surfaces to units; built once.
var (
	unitWords    = map[string]*unit{}
	unitExact    = map[string]*unit{}
	unitFirst    = map[string]bool{} // lower-case first words of all unit surfaces
	maxUnitWords = 1
)

func init() {
	for i := range unitTable {
		e := &unitTable[i]
		for _, w := range e.words {
			if _, dup := unitWords[w]; !dup {
				unitWords[w] = &e.unit
			}
			maxUnitWords = max(maxUnitWords, len(strings.Fields(w)))
			first, _, _ := strings.Cut(w, " ")
			unitFirst[first] = true
		}
		for _, w := range e.exact {
			unitExact[w] = &e.unit
			first, _, _ := strings.Cut(w, " ")
			unitFirst[strings.ToLower(first)] = true
		}
	}
}

// unitByName returns the table entry of a canonical unit name.
func unitByName(name string) *unit {
	for i := range unitTable {
		if unitTable[i].name == name && unitTable[i].scale == 0 {
			return &unitTable[i].unit
		}
	}
	return nil
}
