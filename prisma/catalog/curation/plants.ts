// Plant foods people in the US and Europe buy and eat: vegetables, potatoes, fruit, juices,
// grains, breads and cereals, legumes and soy, nuts and seeds, herbs and spices, oils and
// mushrooms. Each entry picks one USDA SR row and adds what SR lacks (docs/catalog.md).
//
// Conventions this file follows (and so do the other curation files):
// - NOVA: the borderline table in docs/catalog.md. In short: fresh, frozen, dried, milled,
//   cooked-without-salt foods and dried pasta are 1; oils are 2; canned-with-salt
//   vegetables and beans, bakery breads, salted nuts and hummus are 3; products with a
//   cosmetic additive (emulsifier, gum, flavouring, colour) or an industrial sugar are 4.
// - Free sugars: docs/decisions/003-free-sugars.md. Whole, frozen and dried fruit and
//   vegetables, canned vegetables, purées and pastes are "none" (WHO 2015 counts only added
//   sugars, honey, syrups and juices); juices are "all"; fruit canned in juice counts its
//   juice; the rest is an estimate with its reasoning.
// - fruitVegShare (SCORING.md): 1 for fruit and vegetables in any form but juice, including
//   tomato products, sweet potatoes, green peas, sweet corn and dried fruit; 0 for white
//   potatoes, cooked or canned dried beans and lentils, juices, olives, nuts and herbs.
// - grainEnergyShare: 1 for plain grains, pasta and bread; for sweetened cereals it is
//   1 - (4 kcal x free sugars g) / energy, minus any dried-fruit or nut part, rounded.
// - Diet tags: vegan foods carry vegan, vegetarian and pescatarian. Oats carry "gluten":
//   they are gluten-free by nature but nearly always cross-contact wheat, and people who
//   exclude gluten are served better by a false alarm than a missed one. Packaged sliced
//   breads and fortified cereals are vegetarian, not vegan (milk, honey or lanolin-derived
//   vitamin D are common in them).
import type { CurationEntry } from "./types";

type Fields = Omit<CurationEntry, "key" | "ndb" | "name">;
/** What one food changes from its group's defaults. */
type Extra = Partial<Fields>;
type PlantType = string | undefined;
type WholeOrRefined = "whole" | "refined";

const VEGAN = ["vegan", "vegetarian", "pescatarian"] as const satisfies CurationEntry["dietTags"];
const VEGETARIAN = ["vegetarian", "pescatarian"] as const satisfies CurationEntry["dietTags"];
/** Vegan and containing gluten: wheat, barley, rye, spelt, and oats (see the note on oats above). */
const VEGAN_GLUTEN = [...VEGAN, "gluten"] as const satisfies CurationEntry["dietTags"];

/** A plain, unprocessed vegan food with no free sugars: the starting point of every group. */
const plain = (): Pick<CurationEntry, "nova" | "dietTags" | "freeSugars"> => ({
  nova: 1,
  dietTags: [...VEGAN],
  freeSugars: "none",
});

/**
 * An entry from its group's defaults and the food's own differences. A field set to undefined
 * (`plantType: undefined` for a mixed product) is left out rather than written as undefined.
 */
function plant(key: string, ndb: string, name: string, defaults: Fields, extra: Extra = {}): CurationEntry {
  const merged: CurationEntry = { key, ndb, name, ...defaults, ...extra };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)) as CurationEntry;
}

const vegetable = (key: string, ndb: string, name: string, plantType: PlantType, extra?: Extra) =>
  plant(key, ndb, name, { ...plain(), aisle: "produce", role: "vegetable", plantType, fruitVegShare: 1 }, extra);

const leafyGreen = (key: string, ndb: string, name: string, plantType: PlantType, extra?: Extra) =>
  vegetable(key, ndb, name, plantType, { role: "leafy-green", ...extra });

const mushroom = vegetable;

const FROZEN: Extra = { aisle: "frozen" };
/** Canned vegetables and beans are packed in salted brine: NOVA 3. */
const CANNED: Extra = { aisle: "canned-jarred", nova: 3 };

/** White potatoes count for fiber and plant types but not as fruit and vegetables (SCORING.md). */
const potato = (key: string, ndb: string, name: string, extra?: Extra) =>
  plant(key, ndb, name, { ...plain(), aisle: "produce", role: "potato-side", plantType: "potato", fruitVegShare: 0 }, extra);

const fruit = (key: string, ndb: string, name: string, plantType: PlantType, extra?: Extra) =>
  plant(key, ndb, name, { ...plain(), aisle: "produce", role: "fruit", plantType, fruitVegShare: 1 }, extra);

const driedFruit = (key: string, ndb: string, name: string, plantType: PlantType, extra?: Extra) =>
  fruit(key, ndb, name, plantType, { aisle: "nuts-seeds-dried-fruit", role: "dried-fruit", ...extra });

/**
 * Canned fruit in its own juice: the packing juice is about 40% of a can's contents (drained
 * weights run near 60%), and juice sugars are free sugars; the fruit's own are not. USDA gives
 * nearly the same sugar content for pineapple drained (09354) and with its juice (09268), so the
 * free share is ~40% of the row's total sugars.
 */
const cannedFruitInJuice = (key: string, ndb: string, name: string, plantType: PlantType, totalSugarsG: number) =>
  fruit(key, ndb, name, plantType, {
    aisle: "canned-jarred",
    freeSugars: {
      gPer100g: Math.round(totalSugarsG * 0.4 * 10) / 10,
      reason:
        "the packing juice is ~40% of the can (drained weight ~60%); its sugars are juice sugars (WHO 2015), " + "the fruit's are not",
    },
  });

/** 100% juice: every gram of sugar is free; it carries no plant type and no fruit (SCORING.md). */
const juice = (key: string, ndb: string, name: string, densityGPerMl: number, extra?: Extra) =>
  plant(key, ndb, name, { ...plain(), aisle: "beverages", role: "sweet-drink", freeSugars: "all", fruitVegShare: 0, densityGPerMl }, extra);

const grain = (key: string, ndb: string, name: string, plantType: PlantType, grainKind: WholeOrRefined, extra?: Extra) =>
  plant(key, ndb, name, { ...plain(), aisle: "grains-pasta", role: "grain-side", plantType, grainKind, grainEnergyShare: 1 }, extra);

const pasta = (key: string, ndb: string, name: string, grainKind: WholeOrRefined, extra?: Extra) =>
  grain(key, ndb, name, "wheat", grainKind, { role: "pasta", dietTags: [...VEGAN_GLUTEN], ...extra });

const bread = (
  key: string,
  ndb: string,
  name: string,
  plantType: PlantType,
  grainKind: WholeOrRefined,
  nova: CurationEntry["nova"],
  extra?: Extra,
) =>
  grain(key, ndb, name, plantType, grainKind, {
    aisle: "bakery",
    role: "bread",
    nova,
    dietTags: [...VEGAN_GLUTEN],
    ...extra,
  });

const cereal = (key: string, ndb: string, name: string, plantType: PlantType, grainKind: WholeOrRefined, extra?: Extra) =>
  grain(key, ndb, name, plantType, grainKind, { aisle: "breakfast", role: "breakfast-cereal", ...extra });

/** Dried beans and lentils: fiber and a plant type, but no fruit-and-veg grams (SCORING.md). */
const legume = (key: string, ndb: string, name: string, plantType: PlantType, extra?: Extra) =>
  plant(key, ndb, name, { ...plain(), aisle: "grains-pasta", role: "legume", plantType, fruitVegShare: 0 }, extra);

const EGG_NOODLES: Extra = { dietTags: [...VEGETARIAN, "eggs", "gluten"], grainEnergyShare: 0.95 };
const WHEAT_FLOUR: Extra = { aisle: "baking", dietTags: [...VEGAN_GLUTEN] };

const SOY_FOOD: Extra = { dietTags: [...VEGAN, "soy"] };
const TOFU: Extra = { aisle: "refrigerated", role: "plant-protein", ...SOY_FOOD };

const nut = (key: string, ndb: string, name: string, plantType: PlantType, extra?: Extra) =>
  plant(
    key,
    ndb,
    name,
    { ...plain(), aisle: "nuts-seeds-dried-fruit", role: "nuts-seeds", dietTags: [...VEGAN, "nuts"], plantType },
    extra,
  );

const PEANUTS: Extra = { dietTags: [...VEGAN, "peanuts"] };
const PEANUT_SUGARS = "peanuts (~90% of the jar, 4.9 g sugars/100 g roasted, USDA 16390) bring ~4.4 g";

const seed = (key: string, ndb: string, name: string, plantType: PlantType, extra?: Extra) =>
  nut(key, ndb, name, plantType, { dietTags: [...VEGAN], ...extra });

const freshHerb = (key: string, ndb: string, name: string, plantType: PlantType, extra?: Extra) =>
  plant(key, ndb, name, { ...plain(), aisle: "produce", role: "herb-spice", plantType, herbOrSpice: true }, extra);

const spice = (key: string, ndb: string, name: string, plantType: PlantType) => freshHerb(key, ndb, name, plantType, { aisle: "spices" });

/** Oils are culinary ingredients (NOVA 2) and carry no plant type (SCORING.md). */
const oil = (key: string, ndb: string, name: string, densityGPerMl: number, extra?: Extra) =>
  plant(key, ndb, name, { ...plain(), aisle: "oils-condiments", role: "fat-oil", nova: 2, densityGPerMl }, extra);

/** UK portion guidance counts a handful of nuts as about 30 g; SR gives only ounces for most nuts. */
const HANDFUL: Extra = {
  portions: [{ label: "1 handful", grams: 30 }],
  sources: { portions: "UK portion guidance (NHS, British Heart Foundation): a handful of nuts is about 30 g" },
};

/**
 * SR leaves sugars unmeasured for some dry grains but measures the cooked grain. Cooking adds
 * only water, so the dry grain's sugars are the cooked value scaled by the energy ratio.
 */
const sugarsFromCooked = (cookedSugarsG: number, cookedNdb: string, dryKcal: number, cookedKcal: number): Extra => ({
  nutrients: { totalSugarsG: Math.round(((cookedSugarsG * dryKcal) / cookedKcal) * 100) / 100 },
  sources: {
    totalSugarsG:
      `USDA SR ${cookedNdb} (cooked: ${cookedSugarsG} g) scaled by energy, ${dryKcal}/${cookedKcal} kcal: ` + "cooking adds only water",
  },
});

/** Milled white rice of any grain length: SR measures sugars for long-grain only (20044). */
const WHITE_RICE_SUGARS: Extra = {
  nutrients: { totalSugarsG: 0.12 },
  sources: { totalSugarsG: "USDA SR 20044 (long-grain white rice, raw): the same milled grain" },
};

/** SR lists dry pasta and noodles by weight only ("2 oz" = 57 g, the US serving). */
const DRY_PASTA_SERVING: Extra = {
  portions: [{ label: "1 serving (2 oz dry)", grams: 57 }],
  sources: { portions: "USDA SR WEIGHT.txt 20120/20133: 2 oz = 57 g, the US serving of dry pasta" },
};

// Grain sugars that are not free, per 100 g of the raw grain (USDA SR rows in brackets):
// used to turn a cereal's total sugars into free sugars.
const GRAIN_SUGARS_REASON =
  "natural sugars of the grain (oats 0.99 g [08120], corn 0.64 g [20014], wheat 0.41 g [20080], rice 0.12 g [20044])";
const sweetenedCereal = (total: number, natural: number, what: string): CurationEntry["freeSugars"] => ({
  gPer100g: Math.round((total - natural) * 10) / 10,
  reason: `${what}; total sugars ${total} g minus ~${natural} g ${GRAIN_SUGARS_REASON}`,
});

const vegetables: CurationEntry[] = [
  vegetable("broccoli", "11090", "Broccoli", "broccoli"),
  vegetable("broccoli-boiled", "11091", "Broccoli, boiled", "broccoli"),
  vegetable("broccoli-frozen", "11092", "Frozen broccoli", "broccoli", FROZEN),
  vegetable("broccoli-rabe", "11096", "Broccoli rabe (rapini)", "broccoli rabe"),
  vegetable("cauliflower", "11135", "Cauliflower", "cauliflower"),
  vegetable("cauliflower-boiled", "11136", "Cauliflower, boiled", "cauliflower"),
  vegetable("cauliflower-frozen", "11137", "Frozen cauliflower", "cauliflower", FROZEN),
  vegetable("carrot", "11124", "Carrots", "carrot"),
  vegetable("carrot-boiled", "11125", "Carrots, boiled", "carrot"),
  vegetable("carrot-baby", "11960", "Baby carrots", "carrot"),
  vegetable("carrot-frozen", "11130", "Frozen carrots", "carrot", FROZEN),
  vegetable("carrot-canned", "11126", "Canned carrots", "carrot", CANNED),
  leafyGreen("kale", "11233", "Kale", "kale"),
  leafyGreen("kale-boiled", "11234", "Kale, boiled", "kale"),
  leafyGreen("kale-frozen", "11236", "Frozen kale, cooked", "kale", FROZEN),
  leafyGreen("spinach", "11457", "Spinach", "spinach"),
  leafyGreen("spinach-boiled", "11458", "Spinach, boiled", "spinach"),
  leafyGreen("spinach-frozen", "11463", "Frozen spinach", "spinach", FROZEN),
  leafyGreen("spinach-canned", "11461", "Canned spinach, drained", "spinach", CANNED),
  vegetable("cabbage", "11109", "Green cabbage", "cabbage"),
  vegetable("cabbage-boiled", "11110", "Green cabbage, boiled", "cabbage"),
  vegetable("red-cabbage", "11112", "Red cabbage", "cabbage"),
  vegetable("red-cabbage-boiled", "11113", "Red cabbage, boiled", "cabbage"),
  vegetable("savoy-cabbage", "11114", "Savoy cabbage", "cabbage"),
  leafyGreen("napa-cabbage", "11119", "Napa cabbage (Chinese leaf)", "chinese cabbage"),
  leafyGreen("bok-choy", "11116", "Bok choy (pak choi)", "bok choy"),
  leafyGreen("bok-choy-boiled", "11117", "Bok choy, boiled", "bok choy"),
  vegetable("brussels-sprouts", "11098", "Brussels sprouts", "brussels sprout"),
  vegetable("brussels-sprouts-boiled", "11099", "Brussels sprouts, boiled", "brussels sprout"),
  vegetable("brussels-sprouts-frozen", "11101", "Frozen Brussels sprouts, cooked", "brussels sprout", FROZEN),
  vegetable("kohlrabi", "11241", "Kohlrabi", "kohlrabi"),
  leafyGreen("collard-greens", "11161", "Collard greens", "collard green"),
  leafyGreen("collard-greens-boiled", "11162", "Collard greens, boiled", "collard green"),
  leafyGreen("mustard-greens", "11270", "Mustard greens", "mustard green"),
  leafyGreen("swiss-chard", "11147", "Swiss chard", "chard"),
  leafyGreen("swiss-chard-boiled", "11148", "Swiss chard, boiled", "chard"),
  leafyGreen("romaine-lettuce", "11251", "Romaine lettuce", "lettuce"),
  leafyGreen("iceberg-lettuce", "11252", "Iceberg lettuce", "lettuce"),
  leafyGreen("butterhead-lettuce", "11250", "Butterhead lettuce (Boston, bibb)", "lettuce"),
  leafyGreen("green-leaf-lettuce", "11253", "Green leaf lettuce", "lettuce"),
  leafyGreen("red-leaf-lettuce", "11257", "Red leaf lettuce", "lettuce"),
  leafyGreen("arugula", "11959", "Arugula (rocket)", "arugula"),
  leafyGreen("watercress", "11591", "Watercress", "watercress"),
  leafyGreen("endive", "11213", "Endive (frisée, escarole)", "endive"),
  leafyGreen("radicchio", "11952", "Radicchio", "radicchio"),
  leafyGreen("dandelion-greens", "11207", "Dandelion greens", "dandelion green"),
  vegetable("onion", "11282", "Onion", "onion"),
  vegetable("onion-boiled", "11283", "Onion, boiled", "onion"),
  vegetable("onion-frozen", "11288", "Frozen chopped onion, cooked", "onion", FROZEN),
  vegetable("sweet-onion", "11294", "Sweet onion", "onion"),
  vegetable("spring-onion", "11291", "Spring onions (scallions)", "spring onion"),
  vegetable("shallot", "11677", "Shallot", "shallot"),
  vegetable("leek", "11246", "Leek", "leek"),
  vegetable("leek-boiled", "11247", "Leek, boiled", "leek"),
  vegetable("garlic", "11215", "Garlic", "garlic"),
  vegetable("tomato", "11529", "Tomato", "tomato"),
  vegetable("cherry-tomatoes", "11529", "Cherry tomatoes", "tomato", {
    portions: [{ label: "1 cherry tomato", grams: 17 }],
    sources: { portions: "USDA SR WEIGHT.txt 11529: cherry, 17 g" },
  }),
  vegetable("tomatoes-canned", "11531", "Canned chopped tomatoes", "tomato", CANNED),
  vegetable("tomatoes-crushed", "11693", "Crushed tomatoes (canned)", "tomato", CANNED),
  // Passata is sieved tomato purée; USDA calls it "puree". No salt added: NOVA 1.
  vegetable("passata", "11547", "Passata (tomato purée, no salt added)", "tomato", { aisle: "canned-jarred" }),
  vegetable("tomato-paste", "11546", "Tomato paste (concentrate)", "tomato", { aisle: "canned-jarred" }),
  vegetable("tomato-sauce-canned", "11549", "Tomato sauce (canned, plain)", "tomato", CANNED),
  vegetable("sun-dried-tomatoes", "11955", "Sun-dried tomatoes", "tomato", { aisle: "nuts-seeds-dried-fruit" }),
  vegetable("red-bell-pepper", "11821", "Red bell pepper", "bell pepper"),
  vegetable("green-bell-pepper", "11333", "Green bell pepper", "bell pepper"),
  vegetable("red-bell-pepper-boiled", "11823", "Red bell pepper, cooked", "bell pepper"),
  vegetable("bell-pepper-frozen", "11917", "Frozen sliced peppers", "bell pepper", FROZEN),
  vegetable("jalapeno", "11979", "Jalapeño pepper", "chili pepper"),
  vegetable("red-chili", "11819", "Red chili pepper", "chili pepper"),
  vegetable("zucchini", "11477", "Zucchini (courgette)", "zucchini"),
  vegetable("zucchini-boiled", "11478", "Zucchini, cooked", "zucchini"),
  vegetable("yellow-squash", "11641", "Yellow summer squash", "zucchini"),
  vegetable("butternut-squash", "11485", "Butternut squash", "winter squash"),
  vegetable("butternut-squash-baked", "11486", "Butternut squash, baked", "winter squash"),
  vegetable("spaghetti-squash-cooked", "11493", "Spaghetti squash, cooked", "winter squash"),
  vegetable("pumpkin", "11422", "Pumpkin", "pumpkin"),
  vegetable("pumpkin-canned", "11424", "Canned pumpkin purée", "pumpkin", { aisle: "canned-jarred" }),
  vegetable("cucumber", "11205", "Cucumber", "cucumber"),
  vegetable("celery", "11143", "Celery", "celery"),
  vegetable("celeriac", "11141", "Celeriac (celery root)", "celeriac"),
  vegetable("fennel", "11957", "Fennel bulb", "fennel"),
  vegetable("asparagus", "11011", "Asparagus", "asparagus"),
  vegetable("asparagus-boiled", "11012", "Asparagus, boiled", "asparagus"),
  vegetable("artichoke-boiled", "11008", "Globe artichoke, boiled", "artichoke"),
  vegetable("green-beans", "11052", "Green beans", "green bean"),
  vegetable("green-beans-boiled", "11053", "Green beans, boiled", "green bean"),
  vegetable("green-beans-frozen", "11060", "Frozen green beans", "green bean", FROZEN),
  vegetable("green-beans-canned", "11056", "Canned green beans, drained", "green bean", CANNED),
  vegetable("green-peas", "11304", "Green peas", "pea"),
  vegetable("green-peas-frozen", "11312", "Frozen peas", "pea", FROZEN),
  vegetable("green-peas-boiled", "11313", "Peas, cooked from frozen", "pea", FROZEN),
  vegetable("green-peas-canned", "11306", "Canned peas", "pea", CANNED),
  vegetable("snap-peas", "11300", "Sugar snap peas / snow peas", "pea"),
  vegetable("sweet-corn-cob", "11168", "Corn on the cob, boiled", "corn"),
  vegetable("sweet-corn-frozen", "11178", "Frozen sweet corn", "corn", FROZEN),
  vegetable("sweet-corn-canned", "11172", "Canned sweet corn, drained", "corn", CANNED),
  // Green soybeans: a vegetable like green peas, and the same plant type as tofu.
  vegetable("edamame", "11212", "Edamame, cooked", "soy", { ...FROZEN, ...SOY_FOOD }),
  vegetable("beet", "11080", "Beetroot", "beet"),
  vegetable("beet-boiled", "11081", "Beetroot, cooked", "beet"),
  vegetable("beet-canned", "11084", "Canned beetroot, drained", "beet", CANNED),
  vegetable("parsnip", "11298", "Parsnip", "parsnip"),
  vegetable("parsnip-boiled", "11299", "Parsnip, boiled", "parsnip"),
  vegetable("turnip", "11564", "Turnip", "turnip"),
  vegetable("turnip-boiled", "11565", "Turnip, boiled", "turnip"),
  vegetable("rutabaga", "11435", "Rutabaga (swede)", "rutabaga"),
  vegetable("rutabaga-boiled", "11436", "Rutabaga, boiled", "rutabaga"),
  vegetable("radish", "11429", "Radishes", "radish"),
  vegetable("daikon", "11430", "Daikon (white radish)", "radish"),
  vegetable("eggplant", "11209", "Eggplant (aubergine)", "eggplant"),
  vegetable("eggplant-boiled", "11210", "Eggplant, cooked", "eggplant"),
  vegetable("okra", "11278", "Okra", "okra"),
  vegetable("okra-boiled", "11279", "Okra, boiled", "okra"),
  vegetable("jerusalem-artichoke", "11226", "Jerusalem artichoke (sunchoke)", "jerusalem artichoke"),
  vegetable("jicama", "11603", "Jicama", "jicama"),
  vegetable("mung-bean-sprouts", "11043", "Bean sprouts (mung)", "mung bean"),
  vegetable("alfalfa-sprouts", "11001", "Alfalfa sprouts", "alfalfa"),
  // Mixed vegetables have no single type: the score cannot know which plants are in the bag.
  vegetable("mixed-vegetables-frozen", "11584", "Frozen mixed vegetables, cooked", undefined, FROZEN),
  vegetable("peas-and-carrots-frozen", "11323", "Frozen peas and carrots, cooked", undefined, FROZEN),
];

const mushrooms: CurationEntry[] = [
  mushroom("mushroom-white", "11260", "White mushrooms", "mushroom"),
  mushroom("mushroom-white-cooked", "11261", "White mushrooms, cooked", "mushroom"),
  mushroom("mushroom-cremini", "11266", "Cremini (chestnut) mushrooms", "mushroom"),
  mushroom("mushroom-portobello", "11265", "Portobello mushroom", "mushroom"),
  mushroom("mushroom-portobello-grilled", "11243", "Portobello mushroom, grilled", "mushroom"),
  mushroom("mushroom-canned", "11264", "Canned mushrooms, drained", "mushroom", CANNED),
  mushroom("shiitake", "11238", "Shiitake mushrooms", "shiitake"),
  mushroom("shiitake-dried", "11268", "Dried shiitake mushrooms", "shiitake", { aisle: "canned-jarred" }),
  mushroom("oyster-mushroom", "11987", "Oyster mushrooms", "oyster mushroom"),
  mushroom("enoki", "11950", "Enoki mushrooms", "enoki"),
  mushroom("maitake", "11993", "Maitake (hen of the woods)", "maitake"),
  mushroom("chanterelle", "11239", "Chanterelle mushrooms", "chanterelle"),
];

// White potatoes count for fiber and plant types but not as fruit and vegetables (SCORING.md).
const potatoes: CurationEntry[] = [
  potato("potato", "11352", "Potato"),
  potato("potato-russet", "11353", "Russet (baking) potato"),
  potato("potato-red", "11355", "Red potato"),
  potato("potato-baked", "11674", "Baked potato with skin"),
  potato("potato-boiled-skin", "11365", "Boiled potatoes in their skins"),
  potato("potato-boiled", "11367", "Boiled potatoes, peeled"),
  // US frozen fries carry dextrose and sodium acid pyrophosphate (a colour keeper): NOVA 4.
  potato("fries-frozen", "11402", "Frozen oven fries", { aisle: "frozen", nova: 4 }),
  potato("fries-oven-baked", "11403", "Oven fries, baked", { aisle: "frozen", nova: 4 }),
  // Sweet potatoes do count as vegetables.
  potato("sweet-potato", "11507", "Sweet potato", { plantType: "sweet potato", fruitVegShare: 1 }),
  potato("sweet-potato-baked", "11508", "Sweet potato, baked in skin", { plantType: "sweet potato", fruitVegShare: 1 }),
  potato("sweet-potato-boiled", "11510", "Sweet potato, boiled", { plantType: "sweet potato", fruitVegShare: 1 }),
];

const fruits: CurationEntry[] = [
  fruit("apple", "09003", "Apple", "apple"),
  fruit("pear", "09252", "Pear", "pear"),
  fruit("banana", "09040", "Banana", "banana"),
  fruit("orange", "09200", "Orange", "orange"),
  fruit("clementine", "09433", "Clementine", "mandarin"),
  fruit("tangerine", "09218", "Tangerine (mandarin)", "mandarin"),
  fruit("grapefruit", "09111", "Grapefruit", "grapefruit"),
  fruit("lemon", "09150", "Lemon", "lemon"),
  fruit("lime", "09159", "Lime", "lime"),
  fruit("grapes", "09132", "Grapes (red or green)", "grape"),
  fruit("strawberries", "09316", "Strawberries", "strawberry"),
  fruit("blueberries", "09050", "Blueberries", "blueberry"),
  fruit("raspberries", "09302", "Raspberries", "raspberry"),
  fruit("blackberries", "09042", "Blackberries", "blackberry"),
  fruit("cranberries", "09078", "Cranberries", "cranberry"),
  fruit("red-currants", "09084", "Red currants", "currant"),
  fruit("cherries", "09070", "Cherries", "cherry"),
  fruit("peach", "09236", "Peach", "peach"),
  fruit("nectarine", "09191", "Nectarine", "peach"),
  fruit("plum", "09279", "Plum", "plum"),
  fruit("apricot", "09021", "Apricot", "apricot"),
  fruit("mango", "09176", "Mango", "mango"),
  fruit("pineapple", "09266", "Pineapple", "pineapple"),
  fruit("kiwi", "09148", "Kiwi fruit", "kiwi"),
  fruit("cantaloupe", "09181", "Cantaloupe melon", "melon"),
  fruit("honeydew", "09184", "Honeydew melon", "melon"),
  fruit("watermelon", "09326", "Watermelon", "watermelon"),
  fruit("papaya", "09226", "Papaya", "papaya"),
  fruit("pomegranate", "09286", "Pomegranate", "pomegranate"),
  fruit("fig", "09089", "Fig", "fig"),
  fruit("passion-fruit", "09231", "Passion fruit", "passion fruit"),
  fruit("guava", "09139", "Guava", "guava"),
  fruit("lychee", "09164", "Lychee", "lychee"),
  fruit("persimmon", "09263", "Persimmon (sharon fruit)", "persimmon"),
  fruit("rhubarb", "09307", "Rhubarb", "rhubarb"),
  fruit("plantain", "09277", "Plantain", "plantain"),
  fruit("plantain-cooked", "09278", "Plantain, cooked", "plantain"),
  // Avocado is a vegetable on the plate and counts as one (MyPlate does too).
  fruit("avocado", "09037", "Avocado", "avocado", { role: "vegetable" }),
  // Olives are eaten as a relish; US and UK guidance count them with fats, not vegetables.
  fruit("green-olives", "09195", "Green olives (in brine)", "olive", {
    aisle: "canned-jarred",
    role: "condiment",
    nova: 3,
    fruitVegShare: 0,
  }),
  fruit("blueberries-frozen", "09054", "Frozen blueberries", "blueberry", FROZEN),
  fruit("strawberries-frozen", "09318", "Frozen strawberries", "strawberry", FROZEN),
  fruit("raspberries-frozen", "09518", "Frozen raspberries", "raspberry", FROZEN),
  fruit("blackberries-frozen", "09048", "Frozen blackberries", "blackberry", FROZEN),
  fruit("sour-cherries-frozen", "09068", "Frozen sour cherries", "cherry", FROZEN),
  fruit("applesauce", "09019", "Unsweetened applesauce", "apple", { aisle: "canned-jarred" }),
  cannedFruitInJuice("peaches-canned", "09238", "Canned peaches in juice", "peach", 10.27),
  cannedFruitInJuice("pears-canned", "09254", "Canned pears in juice", "pear", 9.7),
  cannedFruitInJuice("pineapple-canned", "09268", "Canned pineapple in juice", "pineapple", 14.45),
  cannedFruitInJuice("mandarins-canned", "09219", "Canned mandarin segments in juice", "mandarin", 8.87),
  cannedFruitInJuice("apricots-canned", "09024", "Canned apricots in juice", "apricot", 10.74),
  cannedFruitInJuice("fruit-cocktail-canned", "09097", "Canned fruit cocktail in juice", undefined, 10.86),
];

const driedFruits: CurationEntry[] = [
  driedFruit("raisins", "09298", "Raisins", "grape"),
  driedFruit("sultanas", "09297", "Sultanas (golden raisins)", "grape"),
  driedFruit("currants-dried", "09085", "Dried currants (Zante)", "grape"),
  driedFruit("dried-apricots", "09032", "Dried apricots", "apricot"),
  driedFruit("prunes", "09291", "Prunes", "plum"),
  driedFruit("dried-figs", "09094", "Dried figs", "fig"),
  driedFruit("medjool-dates", "09421", "Medjool dates", "date"),
  driedFruit("dates", "09087", "Dates (deglet noor)", "date"),
  driedFruit("dried-apple", "09011", "Dried apple rings", "apple"),
  driedFruit("dried-cranberries", "09079", "Sweetened dried cranberries", "cranberry", {
    nova: 3,
    freeSugars: {
      gPer100g: 58,
      reason: "infused with sugar syrup before drying; US labels show ~90% of total sugars as added (e.g. 26 of 29 g per 40 g)",
    },
  }),
  driedFruit("desiccated-coconut", "12108", "Desiccated coconut (unsweetened)", "coconut", {
    aisle: "baking",
    role: "nuts-seeds",
    fruitVegShare: 0,
    portions: [
      { label: "1 tbsp", grams: 5.3 },
      { label: "1 cup", grams: 85 },
    ],
    sources: { portions: "USDA SR WEIGHT.txt 12109 (flaked coconut): 1 cup 85 g; 1 tbsp = 1/16 cup" },
  }),
];

// Orange juice from concentrate is what most cartons hold; fresh-squeezed is its own row.
const juices: CurationEntry[] = [
  juice("orange-juice", "09209", "Orange juice", 1.05),
  juice("orange-juice-fresh", "09206", "Freshly squeezed orange juice", 1.05),
  juice("apple-juice", "09016", "Apple juice", 1.05),
  juice("grape-juice", "09135", "Grape juice", 1.07),
  juice("grapefruit-juice", "09123", "Grapefruit juice", 1.04),
  juice("pineapple-juice", "09273", "Pineapple juice", 1.06),
  juice("cranberry-juice", "43382", "Cranberry juice, unsweetened", 1.07),
  juice("pomegranate-juice", "09442", "Pomegranate juice", 1.05),
  juice("prune-juice", "09294", "Prune juice", 1.08),
  juice("lemon-juice", "09153", "Lemon juice (bottled)", 1.03, { aisle: "oils-condiments", role: "condiment" }),
  juice("lime-juice", "09161", "Lime juice (bottled)", 1.04, { aisle: "oils-condiments", role: "condiment" }),
];

const grains: CurationEntry[] = [
  grain("brown-rice", "20036", "Brown rice, dry", "rice", "whole"),
  grain("brown-rice-cooked", "20037", "Brown rice, cooked", "rice", "whole"),
  grain("white-rice", "20044", "White rice (long-grain), dry", "rice", "refined"),
  grain("white-rice-cooked", "20045", "White rice (long-grain), cooked", "rice", "refined"),
  // USDA has no basmati row: basmati is a long-grain white rice of the same composition.
  grain("basmati-rice", "20444", "Basmati rice, dry", "rice", "refined"),
  grain("basmati-rice-cooked", "20045", "Basmati rice, cooked", "rice", "refined"),
  grain("parboiled-rice", "20046", "Parboiled (easy-cook) rice, dry", "rice", "refined"),
  grain("parboiled-rice-cooked", "20047", "Parboiled rice, cooked", "rice", "refined"),
  grain("risotto-rice", "20050", "Risotto rice (arborio), dry", "rice", "refined", WHITE_RICE_SUGARS),
  grain("sushi-rice", "20052", "Sushi rice (short-grain), dry", "rice", "refined", WHITE_RICE_SUGARS),
  grain("wild-rice", "20088", "Wild rice, dry", "wild rice", "whole"),
  grain("wild-rice-cooked", "20089", "Wild rice, cooked", "wild rice", "whole"),
  grain("quinoa", "20035", "Quinoa, dry", "quinoa", "whole", sugarsFromCooked(0.87, "20137", 368, 120)),
  grain("quinoa-cooked", "20137", "Quinoa, cooked", "quinoa", "whole"),
  grain("pearl-barley", "20005", "Pearl barley, dry", "barley", "refined", { dietTags: [...VEGAN_GLUTEN] }),
  grain("pearl-barley-cooked", "20006", "Pearl barley, cooked", "barley", "refined", { dietTags: [...VEGAN_GLUTEN] }),
  grain("hulled-barley", "20004", "Hulled (whole) barley, dry", "barley", "whole", { dietTags: [...VEGAN_GLUTEN] }),
  grain("bulgur", "20012", "Bulgur wheat, dry", "wheat", "whole", { dietTags: [...VEGAN_GLUTEN] }),
  grain("bulgur-cooked", "20013", "Bulgur wheat, cooked", "wheat", "whole", { dietTags: [...VEGAN_GLUTEN] }),
  grain("couscous", "20028", "Couscous, dry", "wheat", "refined", {
    dietTags: [...VEGAN_GLUTEN],
    ...sugarsFromCooked(0.1, "20029", 376, 112),
  }),
  grain("couscous-cooked", "20029", "Couscous, cooked", "wheat", "refined", { dietTags: [...VEGAN_GLUTEN] }),
  grain("buckwheat", "20009", "Buckwheat groats (kasha), dry", "buckwheat", "whole", {
    ...sugarsFromCooked(0.9, "20010", 346, 92),
  }),
  grain("buckwheat-cooked", "20010", "Buckwheat groats, cooked", "buckwheat", "whole"),
  grain("millet", "20031", "Millet, dry", "millet", "whole", sugarsFromCooked(0.13, "20032", 378, 119)),
  grain("millet-cooked", "20032", "Millet, cooked", "millet", "whole"),
  grain("spelt", "20140", "Spelt grain, dry", "spelt", "whole", { dietTags: [...VEGAN_GLUTEN] }),
  grain("spelt-cooked", "20141", "Spelt grain, cooked", "spelt", "whole", {
    dietTags: [...VEGAN_GLUTEN],
    nutrients: { totalSugarsG: 2.56 },
    sources: {
      totalSugarsG: "USDA SR 20140 (spelt, uncooked: 6.82 g) scaled by energy, 127/338 kcal: cooking adds only water",
    },
  }),
  grain("teff", "20142", "Teff, dry", "teff", "whole"),
  grain("amaranth", "20001", "Amaranth, dry", "amaranth", "whole"),
  grain("polenta", "20022", "Polenta (degermed cornmeal), dry", "corn", "refined"),
  grain("cornmeal-wholegrain", "20020", "Whole-grain cornmeal, dry", "corn", "whole"),
  grain("rice-noodles", "20133", "Rice noodles, dry", "rice", "refined", { role: "pasta", ...DRY_PASTA_SERVING }),
  grain("rice-noodles-cooked", "20134", "Rice noodles, cooked", "rice", "refined", { role: "pasta" }),
  pasta("spaghetti", "20120", "Spaghetti, dry", "refined", DRY_PASTA_SERVING),
  pasta("spaghetti-cooked", "20121", "Spaghetti, cooked", "refined"),
  pasta("pasta-shapes", "20099", "Pasta shapes (penne, fusilli, macaroni), dry", "refined", DRY_PASTA_SERVING),
  pasta("pasta-shapes-cooked", "20100", "Pasta shapes, cooked", "refined"),
  pasta("wholewheat-pasta", "20107", "Whole-wheat pasta, dry", "whole", {
    ...DRY_PASTA_SERVING,
    ...sugarsFromCooked(0.8, "20125", 348, 124),
  }),
  pasta("wholewheat-spaghetti-cooked", "20125", "Whole-wheat spaghetti, cooked", "whole"),
  // Egg noodles: the egg is a few percent of the energy.
  pasta("egg-noodles", "20109", "Egg noodles, dry", "refined", EGG_NOODLES),
  pasta("egg-noodles-cooked", "20110", "Egg noodles, cooked", "refined", EGG_NOODLES),
  grain("flour-white", "20081", "Plain white flour (all-purpose)", "wheat", "refined", WHEAT_FLOUR),
  grain("flour-wholewheat", "20080", "Whole-wheat flour", "wheat", "whole", WHEAT_FLOUR),
  grain("flour-rye-dark", "20063", "Dark rye flour", "rye", "whole", WHEAT_FLOUR),
  grain("flour-buckwheat", "20011", "Buckwheat flour", "buckwheat", "whole", { aisle: "baking" }),
  grain("semolina", "20066", "Semolina", "wheat", "refined", WHEAT_FLOUR),
  // A refined starch, like sugar: no plant type and no grain (SCORING.md: refined products carry none).
  plant("cornstarch", "20027", "Cornstarch (cornflour)", { ...plain(), aisle: "baking", role: "grain-side" }),
  legume("chickpea-flour", "16157", "Chickpea flour (gram flour, besan)", "chickpea", { aisle: "baking" }),
];

// Bread sugars: lean doughs (flour, water, yeast, salt) get their sugars from starch broken
// down during fermentation, which are not free sugars. Sandwich loaves, bagels and
// tortillas add some sugar or syrup: those get a label-based estimate.
const breadSugars = (gPer100g: number, what: string): CurationEntry["freeSugars"] => ({
  gPer100g,
  reason: `${what}; the rest of the sugars form from starch during fermentation and are not free`,
});

const breads: CurationEntry[] = [
  bread("white-bread", "18069", "White sandwich bread", "wheat", "refined", 4, {
    dietTags: [...VEGETARIAN, "gluten"],
    freeSugars: breadSugars(4, "US sandwich loaves add sugar or syrup, ~2 g per 2 slices (50 g) on labels"),
  }),
  bread("wholewheat-bread", "18075", "Whole-wheat sandwich bread", "wheat", "whole", 4, {
    dietTags: [...VEGETARIAN, "gluten"],
    freeSugars: breadSugars(3, "sugar, honey or molasses in the dough, ~1.5 g per 2 slices (50 g) on labels"),
  }),
  bread("multigrain-bread", "18035", "Multigrain sandwich bread", "wheat", "whole", 4, {
    dietTags: [...VEGETARIAN, "gluten"],
    freeSugars: breadSugars(4, "sugar, honey or molasses in the dough, ~2 g per 2 slices (50 g) on labels"),
  }),
  // USDA's French bread row includes sourdough; a bakery loaf is flour, water, salt, leaven.
  bread("sourdough-bread", "18029", "Sourdough bread", "wheat", "refined", 3),
  bread("baguette", "18029", "Baguette (French bread)", "wheat", "refined", 3),
  bread("italian-bread", "18033", "Italian bread (ciabatta)", "wheat", "refined", 3),
  bread("rye-bread", "18060", "Rye bread, sliced", "rye", "refined", 4, {
    freeSugars: breadSugars(2, "US sliced rye loaves add molasses or sugar, ~1 g per slice on labels"),
  }),
  bread("pumpernickel", "18044", "Pumpernickel (dark rye bread)", "rye", "whole", 4),
  bread("bagel", "18001", "Plain bagel", "wheat", "refined", 3, {
    freeSugars: breadSugars(5, "bagel dough carries sugar and malt syrup, ~5 g per 100 g bagel on labels"),
  }),
  bread("pita-white", "18041", "White pita bread", "wheat", "refined", 3),
  bread("pita-wholewheat", "18042", "Whole-wheat pita bread", "wheat", "whole", 3),
  bread("flour-tortilla", "18364", "Flour tortilla (wheat wrap)", "wheat", "refined", 4, {
    freeSugars: breadSugars(1, "labels show 0-1 g added sugar per 49 g tortilla"),
  }),
  // Masa is nixtamalised whole corn, which USDA's school-meal rules accept as whole grain.
  bread("corn-tortilla", "18363", "Corn tortilla", "corn", "whole", 3, { dietTags: [...VEGAN] }),
  bread("naan", "28307", "Naan bread", "wheat", "refined", 4, {
    dietTags: [...VEGETARIAN, "dairy", "gluten"],
    freeSugars: breadSugars(2, "naan dough usually has 2-3% sugar and yogurt or milk"),
  }),
  bread("chapati", "28285", "Whole-wheat chapati (roti)", "wheat", "whole", 3),
  bread("focaccia", "18973", "Focaccia", "wheat", "refined", 3),
  bread("matzo", "18217", "Matzo", "wheat", "refined", 3),
];

const cereals: CurationEntry[] = [
  cereal("rolled-oats", "08120", "Rolled oats (porridge oats)", "oat", "whole", { dietTags: [...VEGAN_GLUTEN] }),
  // SR's plain "Oats" row is the whole groat, which steel-cut oats are, chopped.
  cereal("steel-cut-oats", "20038", "Steel-cut oats", "oat", "whole", {
    dietTags: [...VEGAN_GLUTEN],
    nutrients: { totalSugarsG: 0.99 },
    sources: { totalSugarsG: "USDA SR 08120 (rolled oats: the same grain, only flattened)" },
  }),
  cereal("porridge", "08121", "Porridge made with water", "oat", "whole", { dietTags: [...VEGAN_GLUTEN] }),
  cereal("shredded-wheat", "08147", "Shredded wheat biscuits", "wheat", "whole", { dietTags: [...VEGAN_GLUTEN] }),
  cereal("puffed-wheat", "08146", "Puffed wheat cereal", "wheat", "whole", { dietTags: [...VEGAN_GLUTEN] }),
  cereal("puffed-rice", "08066", "Puffed rice cereal (unsweetened)", "rice", "refined"),
  cereal("toasted-oat-rings", "08013", "Toasted oat rings (Cheerios-style)", "oat", "whole", {
    nova: 4,
    dietTags: [...VEGETARIAN, "gluten"],
    freeSugars: sweetenedCereal(4.36, 1, "a little sugar in the recipe"),
    grainEnergyShare: 0.96,
  }),
  cereal("honey-oat-rings", "08045", "Honey nut oat rings", "oat", "whole", {
    nova: 4,
    dietTags: [...VEGETARIAN, "gluten"],
    freeSugars: sweetenedCereal(32.89, 1, "sugar and honey"),
    grainEnergyShare: 0.66,
  }),
  cereal("corn-flakes", "08020", "Corn flakes", "corn", "refined", {
    nova: 4,
    dietTags: [...VEGETARIAN, "gluten"],
    freeSugars: sweetenedCereal(9.5, 0.6, "sugar and malt flavouring"),
    grainEnergyShare: 0.9,
  }),
  cereal("frosted-flakes", "08069", "Frosted corn flakes", "corn", "refined", {
    nova: 4,
    dietTags: [...VEGETARIAN, "gluten"],
    freeSugars: sweetenedCereal(35.43, 0.6, "sugar-coated flakes"),
    grainEnergyShare: 0.62,
  }),
  cereal("crisped-rice", "08065", "Crisped rice cereal (Rice Krispies-style)", "rice", "refined", {
    nova: 4,
    dietTags: [...VEGETARIAN, "gluten"],
    freeSugars: sweetenedCereal(9.87, 0.1, "sugar and malt flavouring"),
    grainEnergyShare: 0.9,
  }),
  cereal("bran-flakes", "08029", "Bran flakes", "wheat", "whole", {
    nova: 4,
    dietTags: [...VEGETARIAN, "gluten"],
    freeSugars: sweetenedCereal(18.6, 0.4, "sugar and malt syrup"),
    grainEnergyShare: 0.78,
  }),
  // Raisins are ~25% of the box by weight: their ~15 g of sugars per 100 g are not free, and
  // as dried fruit they count toward fruit and vegetables.
  cereal("raisin-bran", "08060", "Raisin bran", "wheat", "whole", {
    fruitVegShare: 0.25,
    nova: 4,
    dietTags: [...VEGETARIAN, "gluten"],
    freeSugars: {
      gPer100g: 16,
      reason:
        "total 31.3 g minus ~15 g from raisins (~25% of the weight at 59 g sugars/100 g) and ~0.3 g from wheat; " +
        "the flakes are sugar-coated",
    },
    grainEnergyShare: 0.56,
  }),
  // Corn, wheat and oat flours: no single plant type.
  cereal("fruity-rings", "08030", "Fruit-flavoured sugary cereal rings (Froot Loops-style)", undefined, "refined", {
    nova: 4,
    dietTags: [...VEGETARIAN, "gluten"],
    freeSugars: sweetenedCereal(41.7, 0.5, "sugar-based coating and colours"),
    grainEnergyShare: 0.56,
  }),
  // Oats, nuts and seeds toasted with honey, sugar and oil; no cosmetic additives: NOVA 3.
  cereal("granola", "08037", "Granola (oats, nuts, honey)", "oat", "whole", {
    nova: 3,
    dietTags: [...VEGETARIAN, "gluten", "nuts"],
    freeSugars: {
      gPer100g: 18,
      reason: "honey and brown sugar; oats, nuts and seeds bring about 2 g of their own sugars",
    },
    grainEnergyShare: 0.45,
  }),
  cereal("instant-oatmeal-maple", "08680", "Instant oatmeal, maple & brown sugar (dry)", "oat", "whole", {
    nova: 4,
    dietTags: [...VEGETARIAN, "gluten"],
    freeSugars: sweetenedCereal(30.28, 0.8, "sugar and flavouring in the sachet"),
    grainEnergyShare: 0.68,
  }),
];

const legumes: CurationEntry[] = [
  legume("lentils", "16069", "Lentils (green or brown), dry", "lentil"),
  legume("lentils-cooked", "16070", "Lentils, cooked", "lentil"),
  legume("red-lentils", "16144", "Red lentils, dry", "lentil"),
  legume("chickpeas", "16056", "Chickpeas, dry", "chickpea"),
  legume("chickpeas-cooked", "16057", "Chickpeas, cooked", "chickpea"),
  legume("chickpeas-canned", "16358", "Canned chickpeas, drained", "chickpea", CANNED),
  legume("black-beans", "16014", "Black beans, dry", "black bean"),
  legume("black-beans-cooked", "16017", "Black beans, cooked", "black bean"),
  legume("black-beans-canned", "16018", "Canned black beans", "black bean", CANNED),
  legume("kidney-beans", "16032", "Red kidney beans, dry", "kidney bean"),
  legume("kidney-beans-cooked", "16033", "Red kidney beans, cooked", "kidney bean"),
  legume("kidney-beans-canned", "16145", "Canned kidney beans, drained", "kidney bean", CANNED),
  legume("pinto-beans", "16042", "Pinto beans, dry", "pinto bean"),
  legume("pinto-beans-cooked", "16043", "Pinto beans, cooked", "pinto bean"),
  legume("pinto-beans-canned", "16146", "Canned pinto beans, drained", "pinto bean", CANNED),
  legume("navy-beans", "16037", "Navy (haricot) beans, dry", "white bean"),
  legume("navy-beans-cooked", "16038", "Navy (haricot) beans, cooked", "white bean"),
  legume("white-beans-canned", "16051", "Canned white beans (cannellini)", "white bean", CANNED),
  legume("lima-beans-cooked", "16072", "Butter beans (lima), cooked", "lima bean"),
  legume("black-eyed-peas-cooked", "16063", "Black-eyed peas, cooked", "black-eyed pea"),
  legume("split-peas", "16085", "Split peas, dry", "pea"),
  legume("split-peas-cooked", "16086", "Split peas, cooked", "pea"),
  legume("mung-beans-cooked", "16081", "Mung beans, cooked", "mung bean"),
  legume("fava-beans-cooked", "16053", "Fava (broad) beans, cooked", "fava bean"),
  legume("soybeans", "16108", "Soybeans, dry", "soy", SOY_FOOD),
  legume("soybeans-cooked", "16109", "Soybeans, cooked", "soy", SOY_FOOD),
  // Baked beans in tomato sauce (US vegetarian style): sugar or molasses in the sauce.
  legume("baked-beans", "16006", "Baked beans in tomato sauce", "white bean", {
    ...CANNED,
    freeSugars: {
      gPer100g: 7,
      reason: "sugar or molasses in the sauce; navy beans and tomato bring about 1 g of the 7.96 g total",
    },
  }),
  legume("refried-beans", "16171", "Refried beans (vegetarian)", "pinto bean", CANNED),
  // Plain tofu is soybeans, water and a coagulant, like plain yogurt is milk and a culture:
  // NOVA 1 (docs/catalog.md).
  legume("tofu-firm", "16126", "Firm tofu", "soy", TOFU),
  legume("tofu-extra-firm", "16159", "Extra-firm tofu", "soy", TOFU),
  legume("tofu-silken", "16161", "Silken tofu", "soy", TOFU),
  legume("hummus", "16158", "Hummus", "chickpea", { aisle: "refrigerated", role: "spread", nova: 3 }),
  // Supermarket soy drinks carry gellan gum and flavourings: NOVA 4.
  legume("soy-milk-unsweetened", "16222", "Soy milk, unsweetened", "soy", {
    aisle: "dairy-eggs",
    role: "dairy-drink",
    nova: 4,
    dietTags: [...VEGAN, "soy"],
    densityGPerMl: 1.03,
  }),
  legume("soy-milk", "16139", "Soy milk, original (sweetened)", "soy", {
    aisle: "dairy-eggs",
    role: "dairy-drink",
    nova: 4,
    dietTags: [...VEGAN, "soy"],
    densityGPerMl: 1.03,
    freeSugars: {
      gPer100g: 3.2,
      reason: "cane sugar added; an unsweetened soy drink carries 0.41 g of its own (USDA 16222) of the 3.65 g total",
    },
  }),
];

const nutsAndSeeds: CurationEntry[] = [
  nut("almonds", "12061", "Almonds", "almond", HANDFUL),
  nut("almonds-roasted", "12063", "Almonds, dry-roasted, unsalted", "almond", HANDFUL),
  nut("walnuts", "12155", "Walnuts", "walnut", HANDFUL),
  nut("cashews", "12087", "Cashews", "cashew", {
    portions: [
      { label: "1 handful", grams: 30 },
      { label: "1 cup, whole", grams: 137 },
    ],
    sources: {
      portions:
        "UK portion guidance (NHS, British Heart Foundation): a handful of nuts is about 30 g; " +
        "USDA SR WEIGHT.txt 12085 (roasted cashews): 1 cup 137 g",
    },
  }),
  nut("cashews-roasted", "12085", "Cashews, dry-roasted, unsalted", "cashew", HANDFUL),
  nut("pecans", "12142", "Pecans", "pecan", HANDFUL),
  nut("pistachios", "12151", "Pistachios", "pistachio", HANDFUL),
  nut("pistachios-roasted", "12152", "Pistachios, dry-roasted, unsalted", "pistachio", HANDFUL),
  nut("hazelnuts", "12120", "Hazelnuts", "hazelnut", HANDFUL),
  nut("macadamias", "12131", "Macadamia nuts", "macadamia", HANDFUL),
  nut("brazil-nuts", "12078", "Brazil nuts", "brazil nut", HANDFUL),
  nut("pine-nuts", "12147", "Pine nuts", "pine nut"),
  nut("chestnuts-roasted", "12167", "Roasted chestnuts", "chestnut"),
  // Mixed nuts have no single type.
  nut("mixed-nuts", "12135", "Mixed nuts with peanuts, dry-roasted, unsalted", undefined, {
    dietTags: [...VEGAN, "nuts", "peanuts"],
    ...HANDFUL,
  }),
  nut("peanuts", "16087", "Peanuts", "peanut", { ...PEANUTS, ...HANDFUL }),
  nut("peanuts-roasted", "16390", "Peanuts, dry-roasted, unsalted", "peanut", { ...PEANUTS, ...HANDFUL }),
  seed("sunflower-seeds", "12036", "Sunflower seeds", "sunflower seed"),
  seed("sunflower-seeds-roasted", "12037", "Sunflower seeds, dry-roasted, unsalted", "sunflower seed"),
  seed("pumpkin-seeds", "12014", "Pumpkin seeds (pepitas)", "pumpkin seed"),
  seed("pumpkin-seeds-roasted", "12016", "Pumpkin seeds, roasted, unsalted", "pumpkin seed"),
  seed("sesame-seeds", "12023", "Sesame seeds", "sesame"),
  seed("flaxseed", "12220", "Flaxseed (linseed)", "flaxseed"),
  seed("chia-seeds", "12006", "Chia seeds", "chia", {
    portions: [{ label: "1 tbsp", grams: 10 }],
    sources: {
      portions: "estimate: whole flaxseed, a seed of like size and density, weighs 10.3 g per tbsp (USDA SR 12220)",
    },
  }),
  // Nut butters of the nut alone are NOVA 1; the common US peanut butter adds sugar,
  // hydrogenated oil and emulsifiers: NOVA 4.
  nut("peanut-butter", "16098", "Peanut butter, smooth", "peanut", {
    role: "spread",
    nova: 4,
    dietTags: [...VEGAN, "peanuts"],
    freeSugars: {
      gPer100g: 6.1,
      reason: `sugar added; ${PEANUT_SUGARS} of the 10.49 g total`,
    },
  }),
  nut("peanut-butter-crunchy", "16097", "Peanut butter, crunchy", "peanut", {
    role: "spread",
    nova: 4,
    dietTags: [...VEGAN, "peanuts"],
    freeSugars: {
      gPer100g: 4,
      reason: `sugar added; ${PEANUT_SUGARS} of the 8.41 g total`,
    },
  }),
  nut("almond-butter", "12195", "Almond butter", "almond", { role: "spread" }),
  nut("cashew-butter", "12088", "Cashew butter", "cashew", { role: "spread" }),
  seed("tahini", "12166", "Tahini (sesame paste)", "sesame", { role: "spread" }),
  nut("coconut-milk-canned", "12118", "Coconut milk (canned)", "coconut", {
    aisle: "canned-jarred",
    role: "condiment",
    // Canned coconut milk nearly always carries guar gum or an emulsifier: NOVA 4.
    nova: 4,
    dietTags: [...VEGAN],
    densityGPerMl: 1.01,
  }),
];

const freshHerbs: CurationEntry[] = [
  freshHerb("basil", "02044", "Fresh basil", "basil"),
  freshHerb("parsley", "11297", "Fresh parsley", "parsley"),
  freshHerb("cilantro", "11165", "Fresh cilantro (coriander leaves)", "coriander"),
  freshHerb("dill", "02045", "Fresh dill", "dill"),
  freshHerb("mint", "02065", "Fresh mint (spearmint)", "mint"),
  freshHerb("peppermint", "02064", "Fresh peppermint", "mint"),
  freshHerb("rosemary", "02063", "Fresh rosemary", "rosemary"),
  freshHerb("thyme", "02049", "Fresh thyme", "thyme"),
  freshHerb("chives", "11156", "Fresh chives", "chives"),
  freshHerb("lemongrass", "11972", "Lemongrass", "lemongrass"),
  // Fresh ginger goes into food by the teaspoon, like a spice.
  freshHerb("ginger", "11216", "Fresh ginger root", "ginger"),
];

const spices: CurationEntry[] = [
  spice("basil-dried", "02003", "Dried basil", "basil"),
  spice("oregano-dried", "02027", "Dried oregano", "oregano"),
  spice("thyme-dried", "02042", "Dried thyme", "thyme"),
  spice("rosemary-dried", "02036", "Dried rosemary", "rosemary"),
  spice("sage-dried", "02038", "Ground sage", "sage"),
  spice("parsley-dried", "02029", "Dried parsley", "parsley"),
  spice("dill-dried", "02017", "Dried dill", "dill"),
  spice("bay-leaf", "02004", "Bay leaves", "bay leaf"),
  spice("marjoram-dried", "02023", "Dried marjoram", "marjoram"),
  spice("tarragon-dried", "02041", "Dried tarragon", "tarragon"),
  spice("cinnamon", "02010", "Ground cinnamon", "cinnamon"),
  spice("turmeric", "02043", "Ground turmeric", "turmeric"),
  spice("ginger-ground", "02021", "Ground ginger", "ginger"),
  spice("cumin", "02014", "Cumin seeds", "cumin"),
  spice("coriander-seed", "02013", "Coriander seeds", "coriander"),
  spice("paprika", "02028", "Paprika", "paprika"),
  spice("cayenne", "02031", "Cayenne pepper", "chili pepper"),
  // A blend, but chili is what it is mostly made of.
  spice("chili-powder", "02009", "Chili powder", "chili pepper"),
  spice("black-pepper", "02030", "Ground black pepper", "black pepper"),
  spice("white-pepper", "02032", "Ground white pepper", "black pepper"),
  spice("nutmeg", "02025", "Ground nutmeg", "nutmeg"),
  spice("cloves", "02011", "Ground cloves", "clove"),
  spice("cardamom", "02006", "Ground cardamom", "cardamom"),
  spice("allspice", "02001", "Ground allspice", "allspice"),
  spice("fennel-seed", "02018", "Fennel seeds", "fennel seed"),
  spice("anise-seed", "02002", "Anise seeds", "anise"),
  spice("caraway", "02005", "Caraway seeds", "caraway"),
  spice("mustard-seed", "02024", "Ground mustard seed", "mustard seed"),
  spice("fenugreek", "02019", "Fenugreek seeds", "fenugreek"),
  spice("saffron", "02037", "Saffron", "saffron"),
  spice("garlic-powder", "02020", "Garlic powder", "garlic"),
  spice("onion-powder", "02026", "Onion powder", "onion"),
  spice("poppy-seeds", "02033", "Poppy seeds", "poppy seed"),
  spice("celery-seed", "02007", "Celery seed", "celery"),
];

const oils: CurationEntry[] = [
  oil("olive-oil", "04053", "Olive oil", 0.91),
  oil("rapeseed-oil", "04582", "Rapeseed (canola) oil", 0.92),
  oil("sunflower-oil", "04506", "Sunflower oil", 0.92),
  // Highly refined soybean oil is exempt from soy allergen labelling in the US and EU.
  oil("vegetable-oil", "04044", "Vegetable oil (soybean)", 0.92),
  oil("coconut-oil", "04047", "Coconut oil", 0.92),
  oil("sesame-oil", "04058", "Sesame oil", 0.92),
  oil("avocado-oil", "04581", "Avocado oil", 0.92, {
    nutrients: { totalSugarsG: 0 },
    sources: { totalSugarsG: "USDA SR 04581 gives 0 g carbohydrate, so there are no sugars" },
  }),
  oil("walnut-oil", "04528", "Walnut oil", 0.92, { dietTags: [...VEGAN, "nuts"] }),
  oil("grapeseed-oil", "04517", "Grapeseed oil", 0.92),
];

export const entries: CurationEntry[] = [
  ...vegetables,
  ...mushrooms,
  ...potatoes,
  ...fruits,
  ...driedFruits,
  ...juices,
  ...grains,
  ...breads,
  ...cereals,
  ...legumes,
  ...nutsAndSeeds,
  ...freshHerbs,
  ...spices,
  ...oils,
];
