// Curated catalog entries: dairy and fermented foods (yogurt, kefir, cultured milks, cheese,
// milk, cream, butter, sauerkraut, kimchi, pickles, natto, tempeh, miso, kombucha, kvass). Joined with the USDA SR27 rows in ../usda by
// scripts/catalog/build-catalog.ts; see types.ts for the fields and SCORING.md for why the
// gut flags matter. Values not read from USDA carry a named source per field.
//
// Live cultures and fermented servings (SCORING.md, Wastyk et al. 2021, Cell 184:4137): a food is
// live by default only where it is normally sold with live cultures and eaten without heating;
// docs/catalog.md ("Live cultures") gives the reason for every fermented food, and the catalog
// test checks the flags against that table.
//   yogurt, Greek yogurt, soy yogurt, kefir, cultured buttermilk, cottage cheese sold with live
//   cultures: 170 g; raw sauerkraut, kimchi, fermented pickles: 70 g; kombucha and
//   unpasteurised kvass: 190 g; natto: 50 g. Not live: pasteurised/canned sauerkraut, vinegar
//   pickles, miso, tempeh, cheese, ordinary cottage cheese, cream cheese, sour cream, frozen yogurt.
import type { CurationEntry } from "./types";

export const entries: CurationEntry[] = [
  // ---- Yogurts, kefir and cultured milks -----------------------------------------------------
  // Live cultures: plain and sweetened yogurts, Greek yogurts, kefir, cultured buttermilk and
  // cultured cottage cheese carry live cultures as sold (yogurt is defined by its cultures and
  // is not heat-treated after culturing; 21 CFR 131.200 requires "heat-treated after culturing"
  // on the label when it is). Fermented servings follow Wastyk et al. 2021 (Cell 184:4137):
  // 170 g (6 oz) of yogurt, kefir or cottage cheese = 1 serving. Sweetened yogurts keep their
  // live cultures (SCORING.md counts them) but their added sugar is estimated from the label
  // as total sugars minus the milk sugar of the matching plain product.
  {
    key: "yogurt-plain-whole",
    ndb: "01116",
    name: "Plain whole-milk yogurt",
    aisle: "dairy-eggs",
    role: "yogurt",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    liveCultures: true,
    fermentedServingG: 170,
    portions: [
      { label: "1 pot (150 g)", grams: 150 },
      { label: "1 small pot (125 g)", grams: 125 },
    ],
  },
  {
    key: "yogurt-plain-lowfat",
    ndb: "01117",
    name: "Plain low-fat yogurt",
    aisle: "dairy-eggs",
    role: "yogurt",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    liveCultures: true,
    fermentedServingG: 170,
    portions: [
      { label: "1 pot (150 g)", grams: 150 },
      { label: "1 small pot (125 g)", grams: 125 },
    ],
  },
  {
    key: "yogurt-plain-nonfat",
    ndb: "01118",
    name: "Plain fat-free yogurt",
    aisle: "dairy-eggs",
    role: "yogurt",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    liveCultures: true,
    fermentedServingG: 170,
    portions: [
      { label: "1 pot (150 g)", grams: 150 },
      { label: "1 small pot (125 g)", grams: 125 },
    ],
  },
  {
    key: "greek-yogurt-plain-nonfat",
    ndb: "01256",
    name: "Greek yogurt, plain, fat-free",
    aisle: "dairy-eggs",
    role: "yogurt",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    liveCultures: true,
    fermentedServingG: 170,
    portions: [
      { label: "1 pot (150 g)", grams: 150 },
      { label: "1/2 cup", grams: 123 },
    ],
  },
  {
    key: "greek-yogurt-plain-whole",
    name: "Greek yogurt, plain, whole milk",
    aisle: "dairy-eggs",
    role: "yogurt",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    liveCultures: true,
    fermentedServingG: 170,
    nutrients: {
      energyKcal: 97,
      proteinG: 9,
      fatG: 5,
      saturatedFatG: 2.395,
      carbohydrateG: 3.98,
      fiberG: 0,
      totalSugarsG: 4,
      sodiumMg: 35,
    },
    sources: {
      energyKcal:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01293 'Yogurt, Greek, plain, whole milk' (not in the SR27 extract shipped here)",
      proteinG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01293 'Yogurt, Greek, plain, whole milk' (not in the SR27 extract shipped here)",
      fatG: "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01293 'Yogurt, Greek, plain, whole milk' (not in the SR27 extract shipped here)",
      saturatedFatG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01293 'Yogurt, Greek, plain, whole milk' (not in the SR27 extract shipped here)",
      carbohydrateG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01293 'Yogurt, Greek, plain, whole milk' (not in the SR27 extract shipped here)",
      fiberG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01293 'Yogurt, Greek, plain, whole milk' (not in the SR27 extract shipped here)",
      totalSugarsG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01293 'Yogurt, Greek, plain, whole milk' (not in the SR27 extract shipped here)",
      sodiumMg:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01293 'Yogurt, Greek, plain, whole milk' (not in the SR27 extract shipped here)",
    },
    portions: [
      { label: "1 pot (150 g)", grams: 150 },
      { label: "1/2 cup", grams: 123 },
      { label: "1 tbsp", grams: 15 },
    ],
  },
  {
    key: "greek-yogurt-plain-lowfat",
    name: "Greek yogurt, plain, 2% fat",
    aisle: "dairy-eggs",
    role: "yogurt",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    liveCultures: true,
    fermentedServingG: 170,
    nutrients: {
      energyKcal: 73,
      proteinG: 9.95,
      fatG: 1.92,
      saturatedFatG: 1.23,
      carbohydrateG: 3.94,
      fiberG: 0,
      totalSugarsG: 3.56,
      sodiumMg: 34,
    },
    sources: {
      energyKcal:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01287 'Yogurt, Greek, plain, lowfat' (not in the SR27 extract shipped here)",
      proteinG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01287 'Yogurt, Greek, plain, lowfat' (not in the SR27 extract shipped here)",
      fatG: "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01287 'Yogurt, Greek, plain, lowfat' (not in the SR27 extract shipped here)",
      saturatedFatG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01287 'Yogurt, Greek, plain, lowfat' (not in the SR27 extract shipped here)",
      carbohydrateG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01287 'Yogurt, Greek, plain, lowfat' (not in the SR27 extract shipped here)",
      fiberG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01287 'Yogurt, Greek, plain, lowfat' (not in the SR27 extract shipped here)",
      totalSugarsG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01287 'Yogurt, Greek, plain, lowfat' (not in the SR27 extract shipped here)",
      sodiumMg:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01287 'Yogurt, Greek, plain, lowfat' (not in the SR27 extract shipped here)",
    },
    portions: [
      { label: "1 pot (170 g)", grams: 170 },
      { label: "1/2 cup", grams: 123 },
    ],
  },
  {
    key: "yogurt-vanilla-lowfat",
    ndb: "01119",
    name: "Vanilla yogurt, low-fat",
    aisle: "dairy-eggs",
    role: "yogurt",
    nova: 4,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: {
      gPer100g: 6.8,
      reason: "13.8 g total sugars minus the 7.0 g milk sugar of plain low-fat yogurt (NDB 01117): the rest is added sugar",
    },
    liveCultures: true,
    fermentedServingG: 170,
    portions: [
      { label: "1 pot (150 g)", grams: 150 },
      { label: "1 small pot (125 g)", grams: 125 },
    ],
  },
  {
    key: "yogurt-fruit-lowfat",
    ndb: "01121",
    name: "Fruit yogurt, low-fat",
    aisle: "dairy-eggs",
    role: "yogurt",
    nova: 4,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: {
      gPer100g: 10.5,
      reason:
        "19.1 g total sugars minus ~7.0 g milk sugar (plain low-fat yogurt, NDB 01117) and ~1.5 g from the fruit pieces; fruit preparations are sweetened with sugar or juice concentrate",
    },
    liveCultures: true,
    fermentedServingG: 170,
    portions: [
      { label: "1 pot (150 g)", grams: 150 },
      { label: "1 small pot (125 g)", grams: 125 },
    ],
  },
  {
    key: "greek-yogurt-vanilla-nonfat",
    ndb: "01275",
    name: "Greek yogurt, vanilla, fat-free",
    aisle: "dairy-eggs",
    role: "yogurt",
    nova: 4,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: {
      gPer100g: 4.4,
      reason: "7.6 g total sugars minus the 3.2 g milk sugar of plain fat-free Greek yogurt (NDB 01256): added cane sugar",
    },
    liveCultures: true,
    fermentedServingG: 170,
    portions: [{ label: "1 pot (150 g)", grams: 150 }],
  },
  {
    key: "greek-yogurt-strawberry",
    ndb: "01276",
    name: "Greek yogurt, strawberry",
    aisle: "dairy-eggs",
    role: "yogurt",
    nova: 4,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: {
      gPer100g: 6.8,
      reason:
        "11.0 g total sugars minus ~3.2 g milk sugar (plain Greek yogurt) and ~1 g from strawberry pieces: added sugar in the fruit layer",
    },
    liveCultures: true,
    fermentedServingG: 170,
    portions: [{ label: "1 pot (150 g)", grams: 150 }],
  },
  {
    key: "soy-yogurt-plain",
    ndb: "16252",
    name: "Soy yogurt, plain",
    aisle: "refrigerated",
    role: "yogurt",
    nova: 4,
    dietTags: ["vegan", "vegetarian", "pescatarian", "soy"],
    freeSugars: {
      gPer100g: 4.8,
      reason: "5.3 g total sugars; soybeans bring ~0.5 g, the rest is cane sugar added to feed the cultures (Silk label lists cane sugar)",
    },
    plantType: "soy",
    liveCultures: true,
    fermentedServingG: 170,
    portions: [{ label: "1 pot (150 g)", grams: 150 }],
  },
  {
    key: "soy-yogurt-vanilla",
    ndb: "16251",
    name: "Soy yogurt, vanilla",
    aisle: "refrigerated",
    role: "yogurt",
    nova: 4,
    dietTags: ["vegan", "vegetarian", "pescatarian", "soy"],
    freeSugars: {
      gPer100g: 10.1,
      reason: "10.6 g total sugars; soybeans bring ~0.5 g, the rest is added cane sugar",
    },
    plantType: "soy",
    liveCultures: true,
    fermentedServingG: 170,
    portions: [{ label: "1 pot (150 g)", grams: 150 }],
  },
  {
    key: "kefir-plain-lowfat",
    name: "Kefir, plain, low-fat",
    aisle: "dairy-eggs",
    role: "dairy-drink",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    liveCultures: true,
    fermentedServingG: 170,
    densityGPerMl: 1.03,
    nutrients: {
      energyKcal: 41,
      proteinG: 3.79,
      fatG: 0.93,
      saturatedFatG: 0.658,
      carbohydrateG: 4.48,
      fiberG: 0,
      totalSugarsG: 4.61,
      sodiumMg: 40,
    },
    sources: {
      energyKcal:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01289 'Kefir, lowfat, plain, LIFEWAY' (SR27 has no kefir row)",
      proteinG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01289 'Kefir, lowfat, plain, LIFEWAY' (SR27 has no kefir row)",
      fatG: "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01289 'Kefir, lowfat, plain, LIFEWAY' (SR27 has no kefir row)",
      saturatedFatG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01289 'Kefir, lowfat, plain, LIFEWAY' (SR27 has no kefir row)",
      carbohydrateG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01289 'Kefir, lowfat, plain, LIFEWAY' (SR27 has no kefir row)",
      fiberG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01289 'Kefir, lowfat, plain, LIFEWAY' (SR27 has no kefir row)",
      totalSugarsG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01289 'Kefir, lowfat, plain, LIFEWAY' (SR27 has no kefir row)",
      sodiumMg:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01289 'Kefir, lowfat, plain, LIFEWAY' (SR27 has no kefir row)",
      portions: "cup weight from the same SR28 row (243 g); density 1.03 g/ml as for cultured low-fat milk",
    },
    portions: [
      { label: "1 glass (250 ml)", grams: 258 },
      { label: "1 cup (8 fl oz)", grams: 243 },
      { label: "1 bottle (500 ml)", grams: 515 },
    ],
  },
  {
    key: "kefir-strawberry-lowfat",
    name: "Kefir, strawberry, low-fat",
    aisle: "dairy-eggs",
    role: "dairy-drink",
    nova: 4,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: {
      gPer100g: 4.6,
      reason:
        "9.2 g total sugars minus the 4.6 g milk sugar of plain low-fat kefir (SR28 NDB 01289): added cane sugar and strawberry juice",
    },
    liveCultures: true,
    fermentedServingG: 170,
    densityGPerMl: 1.04,
    nutrients: {
      energyKcal: 62,
      proteinG: 3.39,
      fatG: 0.9,
      saturatedFatG: 0.533,
      carbohydrateG: 10.2,
      fiberG: 0,
      totalSugarsG: 9.21,
      sodiumMg: 37,
    },
    sources: {
      energyKcal:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01290 'Kefir, lowfat, strawberry, LIFEWAY'",
      proteinG: "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01290 'Kefir, lowfat, strawberry, LIFEWAY'",
      fatG: "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01290 'Kefir, lowfat, strawberry, LIFEWAY'",
      saturatedFatG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01290 'Kefir, lowfat, strawberry, LIFEWAY'",
      carbohydrateG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01290 'Kefir, lowfat, strawberry, LIFEWAY'",
      fiberG: "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01290 'Kefir, lowfat, strawberry, LIFEWAY'",
      totalSugarsG:
        "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01290 'Kefir, lowfat, strawberry, LIFEWAY'",
      sodiumMg: "USDA National Nutrient Database for Standard Reference, Release 28 (2016), NDB 01290 'Kefir, lowfat, strawberry, LIFEWAY'",
      portions: "cup weight as plain kefir; density 1.04 g/ml for the sweetened drink",
    },
    portions: [
      { label: "1 glass (250 ml)", grams: 258 },
      { label: "1 cup (8 fl oz)", grams: 243 },
      { label: "1 bottle (500 ml)", grams: 515 },
    ],
  },
  // Cultured buttermilk is skim or low-fat milk fermented with lactic cultures (21 CFR 131.112),
  // made like kefir: cultured after pasteurising and sold chilled without being heated again, so
  // as a drink it carries live cultures. Counted like kefir: 170 g = 1 serving. (Baked into
  // pancakes it is just an ingredient, and the recipe's cooking is what kills the cultures.)
  {
    key: "buttermilk-cultured-lowfat",
    ndb: "01088",
    name: "Buttermilk, cultured, low-fat",
    aisle: "dairy-eggs",
    role: "dairy-drink",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    liveCultures: true,
    fermentedServingG: 170,
    densityGPerMl: 1.04,
    portions: [{ label: "1 glass (250 ml)", grams: 260 }],
  },
  // Wastyk et al. fed "fermented cottage cheese" (cultured, live). Ordinary cottage cheese has its
  // curds cooked and washed (or is set with acid), so it carries no live cultures in number and the
  // ordinary entries below are not live; this one is the kind that adds cultures back and says
  // "live and active cultures" on the label. 170 g = 1 serving as for yogurt.
  {
    key: "cottage-cheese-cultured",
    name: "Cottage cheese with live cultures",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    liveCultures: true,
    fermentedServingG: 170,
    nutrients: {
      energyKcal: 98,
      proteinG: 11.12,
      fatG: 4.3,
      saturatedFatG: 1.718,
      carbohydrateG: 3.38,
      fiberG: 0,
      totalSugarsG: 2.67,
      sodiumMg: 364,
    },
    sources: {
      energyKcal:
        "USDA SR27 NDB 01012 'Cheese, cottage, creamed, large or small curd' (same composition; this entry is the cultured kind sold with live and active cultures)",
      proteinG:
        "USDA SR27 NDB 01012 'Cheese, cottage, creamed, large or small curd' (same composition; this entry is the cultured kind sold with live and active cultures)",
      fatG: "USDA SR27 NDB 01012 'Cheese, cottage, creamed, large or small curd' (same composition; this entry is the cultured kind sold with live and active cultures)",
      saturatedFatG:
        "USDA SR27 NDB 01012 'Cheese, cottage, creamed, large or small curd' (same composition; this entry is the cultured kind sold with live and active cultures)",
      carbohydrateG:
        "USDA SR27 NDB 01012 'Cheese, cottage, creamed, large or small curd' (same composition; this entry is the cultured kind sold with live and active cultures)",
      fiberG:
        "USDA SR27 NDB 01012 'Cheese, cottage, creamed, large or small curd' (same composition; this entry is the cultured kind sold with live and active cultures)",
      totalSugarsG:
        "USDA SR27 NDB 01012 'Cheese, cottage, creamed, large or small curd' (same composition; this entry is the cultured kind sold with live and active cultures)",
      sodiumMg:
        "USDA SR27 NDB 01012 'Cheese, cottage, creamed, large or small curd' (same composition; this entry is the cultured kind sold with live and active cultures)",
    },
    portions: [
      { label: "1/2 cup", grams: 113 },
      { label: "1 cup", grams: 210 },
      { label: "1 pot (150 g)", grams: 150 },
    ],
  },

  // ---- Milk, cream and butter ----------------------------------------------------------------
  // Plain milk and cream are NOVA 1 (pasteurised milk is minimally processed); butter and ghee are
  // NOVA 2 culinary ingredients. Densities come from the USDA cup weights (244 g per 236.6 ml).
  // Sour cream is cultured cream (21 CFR 131.160), but it is not sold as a live-culture food:
  // few labels promise live cultures (some are heat-treated after culturing, many add
  // thickeners), and it is eaten by the spoonful or cooked. Not live by default; a sour cream
  // labelled "with live cultures" can be entered as a person's own food.
  {
    key: "milk-whole",
    ndb: "01077",
    name: "Whole milk",
    aisle: "dairy-eggs",
    role: "dairy-drink",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    densityGPerMl: 1.03,
    portions: [
      { label: "1 glass (250 ml)", grams: 258 },
      { label: "1 pint (568 ml)", grams: 585 },
    ],
  },
  {
    key: "milk-2-percent",
    ndb: "01079",
    name: "Reduced-fat milk (2%)",
    aisle: "dairy-eggs",
    role: "dairy-drink",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    densityGPerMl: 1.03,
    portions: [
      { label: "1 glass (250 ml)", grams: 258 },
      { label: "1 pint (568 ml)", grams: 585 },
    ],
  },
  {
    key: "milk-semi-skimmed",
    ndb: "01082",
    name: "Low-fat milk (1%, semi-skimmed)",
    aisle: "dairy-eggs",
    role: "dairy-drink",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    densityGPerMl: 1.03,
    portions: [
      { label: "1 glass (250 ml)", grams: 258 },
      { label: "1 pint (568 ml)", grams: 585 },
    ],
  },
  {
    key: "milk-skim",
    ndb: "01085",
    name: "Skim milk",
    aisle: "dairy-eggs",
    role: "dairy-drink",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    densityGPerMl: 1.035,
    portions: [
      { label: "1 glass (250 ml)", grams: 258 },
      { label: "1 pint (568 ml)", grams: 585 },
    ],
  },
  {
    key: "goat-milk",
    ndb: "01106",
    name: "Goat milk",
    aisle: "dairy-eggs",
    role: "dairy-drink",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    densityGPerMl: 1.03,
    portions: [{ label: "1 glass (250 ml)", grams: 258 }],
  },
  {
    key: "chocolate-milk-lowfat",
    ndb: "01104",
    name: "Chocolate milk, low-fat",
    aisle: "dairy-eggs",
    role: "dairy-drink",
    nova: 4,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: {
      gPer100g: 4.7,
      reason: "9.9 g total sugars minus ~5.2 g milk sugar of 1% milk (NDB 01082): added sugar",
    },
    densityGPerMl: 1.06,
    portions: [
      { label: "1 glass (250 ml)", grams: 265 },
      { label: "1 bottle (500 ml)", grams: 530 },
    ],
  },
  {
    key: "chocolate-milk-whole",
    ndb: "01102",
    name: "Chocolate milk, whole",
    aisle: "dairy-eggs",
    role: "dairy-drink",
    nova: 4,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: {
      gPer100g: 4.5,
      reason: "9.5 g total sugars minus ~5.0 g milk sugar of whole milk (NDB 01077): added sugar",
    },
    densityGPerMl: 1.06,
    portions: [{ label: "1 glass (250 ml)", grams: 265 }],
  },
  {
    key: "half-and-half",
    ndb: "01049",
    name: "Half-and-half cream",
    aisle: "dairy-eggs",
    role: "fat-oil",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    densityGPerMl: 1.01,
  },
  {
    key: "cream-single",
    ndb: "01050",
    name: "Light cream (single cream)",
    aisle: "dairy-eggs",
    role: "fat-oil",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    densityGPerMl: 1.01,
  },
  {
    key: "cream-heavy",
    ndb: "01053",
    name: "Heavy cream (double cream)",
    aisle: "dairy-eggs",
    role: "fat-oil",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    densityGPerMl: 1,
  },
  {
    key: "sour-cream",
    ndb: "01056",
    name: "Sour cream",
    aisle: "dairy-eggs",
    role: "condiment",
    nova: 1,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    densityGPerMl: 0.97,
  },
  {
    key: "whipped-cream-aerosol",
    ndb: "01054",
    name: "Whipped cream (aerosol can)",
    aisle: "dairy-eggs",
    role: "condiment",
    nova: 4,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: {
      gPer100g: 5.5,
      reason: "8.0 g total sugars minus ~2.5 g milk sugar of the cream it is made from: added sugar",
    },
  },
  {
    key: "butter-salted",
    ndb: "01001",
    name: "Butter, salted",
    aisle: "dairy-eggs",
    role: "spread",
    nova: 2,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    densityGPerMl: 0.91,
    portions: [{ label: "1 portion pack (10 g)", grams: 10 }],
  },
  {
    key: "butter-unsalted",
    ndb: "01145",
    name: "Butter, unsalted",
    aisle: "dairy-eggs",
    role: "spread",
    nova: 2,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    densityGPerMl: 0.91,
  },
  {
    key: "ghee",
    ndb: "01003",
    name: "Ghee (clarified butter)",
    aisle: "oils-condiments",
    role: "fat-oil",
    nova: 2,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    densityGPerMl: 0.87,
  },
  // Generic tub spreads often contain whey or buttermilk, so it is tagged vegetarian, not vegan.
  {
    key: "margarine-tub",
    ndb: "04613",
    name: "Margarine / vegetable oil spread (tub)",
    aisle: "dairy-eggs",
    role: "spread",
    nova: 4,
    dietTags: ["vegetarian", "pescatarian"],
    freeSugars: "none",
  },

  // ---- Cheese --------------------------------------------------------------------------------
  // NOVA 3 for cheese made from milk, salt, cultures and rennet; NOVA 4 for processed cheese
  // (emulsifying salts) and grated parmesan with anti-caking cellulose.
  // Live cultures: none of these count. Young pasteurised cheeses and raw-milk aged cheeses do
  // carry bacteria, but counts vary by orders of magnitude with age and handling, most cheese
  // sold in the US and EU is made from pasteurised milk, and Wastyk et al. did not use aged
  // cheese as a study food, so the conservative choice is not to score a 30 g slice as a
  // fermented serving. Only the cultured cottage cheese above counts.
  // Rennet: parmesan (Parmigiano Reggiano) and pecorino romano are made with calf rennet by
  // their PDO rules, so they are not tagged vegetarian; other cheeses are commonly made with
  // microbial rennet and keep the vegetarian tag.
  {
    key: "cheddar",
    ndb: "01009",
    name: "Cheddar cheese",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [
      { label: "1 slice (20 g)", grams: 20 },
      { label: "30 g portion", grams: 30 },
    ],
  },
  {
    key: "mozzarella-fresh",
    ndb: "01026",
    name: "Fresh mozzarella",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [
      { label: "1 ball (125 g)", grams: 125 },
      { label: "30 g portion", grams: 30 },
    ],
  },
  {
    key: "mozzarella-low-moisture",
    ndb: "01029",
    name: "Mozzarella, part-skim, low-moisture (pizza cheese)",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [{ label: "30 g portion", grams: 30 }],
  },
  {
    key: "parmesan",
    ndb: "01033",
    name: "Parmesan cheese (Parmigiano Reggiano)",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["pescatarian", "dairy"],
    freeSugars: "none",
    portions: [
      { label: "1 tbsp, grated (5 g)", grams: 5 },
      { label: "30 g portion", grams: 30 },
    ],
  },
  {
    key: "parmesan-grated-shelf",
    ndb: "01032",
    name: "Grated parmesan (shelf-stable shaker)",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 4,
    dietTags: ["pescatarian", "dairy"],
    freeSugars: "none",
  },
  {
    key: "pecorino-romano",
    ndb: "01038",
    name: "Pecorino Romano cheese",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["pescatarian", "dairy"],
    freeSugars: "none",
    portions: [
      { label: "1 tbsp, grated (5 g)", grams: 5 },
      { label: "30 g portion", grams: 30 },
    ],
  },
  {
    key: "feta",
    ndb: "01019",
    name: "Feta cheese",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [{ label: "30 g portion", grams: 30 }],
  },
  {
    key: "cottage-cheese",
    ndb: "01012",
    name: "Cottage cheese",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [{ label: "1 pot (150 g)", grams: 150 }],
  },
  {
    key: "cottage-cheese-lowfat",
    ndb: "01015",
    name: "Cottage cheese, low-fat (2%)",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [{ label: "1 pot (150 g)", grams: 150 }],
  },
  // Plain cream cheese is NOVA 3; brands with carob-bean gum are borderline 4. Cream cheese is hot-filled after culturing, so it carries no live cultures.
  {
    key: "cream-cheese",
    ndb: "01017",
    name: "Cream cheese",
    aisle: "dairy-eggs",
    role: "spread",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [{ label: "1 tbsp", grams: 14.5 }],
  },
  {
    key: "brie",
    ndb: "01006",
    name: "Brie",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [
      { label: "1 slice (20 g)", grams: 20 },
      { label: "30 g portion", grams: 30 },
    ],
  },
  {
    key: "camembert",
    ndb: "01007",
    name: "Camembert",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [
      { label: "1 slice (20 g)", grams: 20 },
      { label: "30 g portion", grams: 30 },
    ],
  },
  {
    key: "swiss-cheese",
    ndb: "01040",
    name: "Swiss cheese (Emmental)",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [
      { label: "1 slice (20 g)", grams: 20 },
      { label: "30 g portion", grams: 30 },
    ],
  },
  {
    key: "gouda",
    ndb: "01022",
    name: "Gouda",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [
      { label: "1 slice (20 g)", grams: 20 },
      { label: "30 g portion", grams: 30 },
    ],
  },
  {
    key: "edam",
    ndb: "01018",
    name: "Edam",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [
      { label: "1 slice (20 g)", grams: 20 },
      { label: "30 g portion", grams: 30 },
    ],
  },
  {
    key: "gruyere",
    ndb: "01023",
    name: "Gruyère",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [
      { label: "1 slice (20 g)", grams: 20 },
      { label: "30 g portion", grams: 30 },
    ],
  },
  {
    key: "blue-cheese",
    ndb: "01004",
    name: "Blue cheese",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [
      { label: "1 slice (20 g)", grams: 20 },
      { label: "30 g portion", grams: 30 },
    ],
  },
  {
    key: "goat-cheese-soft",
    ndb: "01159",
    name: "Soft goat cheese",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [{ label: "30 g portion", grams: 30 }],
  },
  {
    key: "ricotta-whole",
    ndb: "01036",
    name: "Ricotta cheese",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [{ label: "1/4 cup", grams: 62 }],
  },
  {
    key: "ricotta-part-skim",
    ndb: "01037",
    name: "Ricotta cheese, part-skim",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [{ label: "1/4 cup", grams: 62 }],
  },
  {
    key: "provolone",
    ndb: "01035",
    name: "Provolone",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [
      { label: "1 slice (20 g)", grams: 20 },
      { label: "30 g portion", grams: 30 },
    ],
  },
  {
    key: "monterey-jack",
    ndb: "01025",
    name: "Monterey Jack",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [
      { label: "1 slice (20 g)", grams: 20 },
      { label: "30 g portion", grams: 30 },
    ],
  },
  {
    key: "american-cheese",
    ndb: "01042",
    name: "American cheese slices",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 4,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [{ label: "1 slice (21 g)", grams: 21 }],
  },
  {
    key: "queso-fresco",
    ndb: "01228",
    name: "Queso fresco",
    aisle: "dairy-eggs",
    role: "cheese",
    nova: 3,
    dietTags: ["vegetarian", "pescatarian", "dairy"],
    freeSugars: "none",
    portions: [{ label: "30 g portion", grams: 30 }],
  },

  // ---- Fermented vegetables, soy ferments and fermented drinks -------------------------------
  // Live cultures only where the food is sold unpasteurised and eaten uncooked (SCORING.md):
  // raw sauerkraut and kimchi from the chilled aisle, refrigerated fermented pickles, natto,
  // kombucha and unpasteurised kvass. Canned or jarred shelf-stable sauerkraut and vinegar
  // pickles are heat-treated; most miso is pasteurised; tempeh is always cooked.
  // Serving sizes (fermentedServingG): Wastyk et al. 2021 counted 70 g (1/2 cup) of sauerkraut or
  // kimchi and 190 ml of kombucha as one serving. For foods the study did not use we pick the
  // amount people eat at once: fermented pickles 70 g (one large pickle, the same volume as the
  // sauerkraut serving); natto 50 g (one standard Japanese retail pack of 40-50 g); kvass 190 g
  // (a glass, the same as the kombucha serving it stands beside).
  {
    key: "sauerkraut-raw",
    name: "Sauerkraut, raw (unpasteurised, chilled)",
    aisle: "refrigerated",
    role: "fermented-side",
    nova: 3,
    dietTags: ["vegan", "vegetarian", "pescatarian"],
    freeSugars: "none",
    plantType: "cabbage",
    fruitVegShare: 1,
    liveCultures: true,
    fermentedServingG: 70,
    nutrients: {
      energyKcal: 19,
      proteinG: 0.91,
      fatG: 0.14,
      saturatedFatG: 0.034,
      carbohydrateG: 4.28,
      fiberG: 2.9,
      totalSugarsG: 1.78,
      sodiumMg: 661,
    },
    sources: {
      energyKcal:
        "USDA SR27 NDB 11439 'Sauerkraut, canned, solids and liquids' used for raw sauerkraut: same cabbage-and-salt recipe, and pasteurising does not change the macronutrients; USDA has no raw sauerkraut row",
      proteinG:
        "USDA SR27 NDB 11439 'Sauerkraut, canned, solids and liquids' used for raw sauerkraut: same cabbage-and-salt recipe, and pasteurising does not change the macronutrients; USDA has no raw sauerkraut row",
      fatG: "USDA SR27 NDB 11439 'Sauerkraut, canned, solids and liquids' used for raw sauerkraut: same cabbage-and-salt recipe, and pasteurising does not change the macronutrients; USDA has no raw sauerkraut row",
      saturatedFatG:
        "USDA SR27 NDB 11439 'Sauerkraut, canned, solids and liquids' used for raw sauerkraut: same cabbage-and-salt recipe, and pasteurising does not change the macronutrients; USDA has no raw sauerkraut row",
      carbohydrateG:
        "USDA SR27 NDB 11439 'Sauerkraut, canned, solids and liquids' used for raw sauerkraut: same cabbage-and-salt recipe, and pasteurising does not change the macronutrients; USDA has no raw sauerkraut row",
      fiberG:
        "USDA SR27 NDB 11439 'Sauerkraut, canned, solids and liquids' used for raw sauerkraut: same cabbage-and-salt recipe, and pasteurising does not change the macronutrients; USDA has no raw sauerkraut row",
      totalSugarsG:
        "USDA SR27 NDB 11439 'Sauerkraut, canned, solids and liquids' used for raw sauerkraut: same cabbage-and-salt recipe, and pasteurising does not change the macronutrients; USDA has no raw sauerkraut row",
      sodiumMg:
        "USDA SR27 NDB 11439 'Sauerkraut, canned, solids and liquids' used for raw sauerkraut: same cabbage-and-salt recipe, and pasteurising does not change the macronutrients; USDA has no raw sauerkraut row",
    },
    portions: [
      { label: "1/2 cup", grams: 71 },
      { label: "1 cup", grams: 142 },
      { label: "1 tbsp", grams: 9 },
    ],
  },
  // Heat-treated for shelf life: no live cultures (SCORING.md). USDA's row is solids and liquids, so 10% of the weight is brine.
  {
    key: "sauerkraut-canned",
    ndb: "11439",
    name: "Sauerkraut, canned or jarred (pasteurised)",
    aisle: "canned-jarred",
    role: "fermented-side",
    nova: 3,
    dietTags: ["vegan", "vegetarian", "pescatarian"],
    freeSugars: "none",
    plantType: "cabbage",
    fruitVegShare: 0.9,
    liveCultures: false,
  },
  // Traditional napa-cabbage kimchi is seasoned with fish sauce or salted shrimp (jeotgal), so it is
  // tagged pescatarian/fish; vegan kimchi exists but is the exception. NOVA 3: vegetables fermented
  // with salt.
  {
    key: "kimchi",
    name: "Kimchi",
    aisle: "refrigerated",
    role: "fermented-side",
    nova: 3,
    dietTags: ["pescatarian", "fish"],
    freeSugars: "none",
    plantType: "chinese cabbage",
    fruitVegShare: 1,
    liveCultures: true,
    fermentedServingG: 70,
    nutrients: {
      energyKcal: 15,
      proteinG: 1.1,
      fatG: 0.5,
      saturatedFatG: 0.067,
      carbohydrateG: 2.4,
      fiberG: 1.6,
      totalSugarsG: 1.06,
      sodiumMg: 498,
    },
    sources: {
      energyKcal:
        "USDA FoodData Central, SR Legacy 'Cabbage, kimchi' (per 100 g: 15 kcal, 1.1 g protein, 0.5 g fat, 2.4 g carbohydrate, 1.6 g fiber, 1.06 g sugars, 498 mg sodium); the SR27 extract has no kimchi row",
      proteinG:
        "USDA FoodData Central, SR Legacy 'Cabbage, kimchi' (per 100 g: 15 kcal, 1.1 g protein, 0.5 g fat, 2.4 g carbohydrate, 1.6 g fiber, 1.06 g sugars, 498 mg sodium); the SR27 extract has no kimchi row",
      fatG: "USDA FoodData Central, SR Legacy 'Cabbage, kimchi' (per 100 g: 15 kcal, 1.1 g protein, 0.5 g fat, 2.4 g carbohydrate, 1.6 g fiber, 1.06 g sugars, 498 mg sodium); the SR27 extract has no kimchi row",
      saturatedFatG:
        "USDA FoodData Central, SR Legacy 'Cabbage, kimchi' (per 100 g: 15 kcal, 1.1 g protein, 0.5 g fat, 2.4 g carbohydrate, 1.6 g fiber, 1.06 g sugars, 498 mg sodium); the SR27 extract has no kimchi row",
      carbohydrateG:
        "USDA FoodData Central, SR Legacy 'Cabbage, kimchi' (per 100 g: 15 kcal, 1.1 g protein, 0.5 g fat, 2.4 g carbohydrate, 1.6 g fiber, 1.06 g sugars, 498 mg sodium); the SR27 extract has no kimchi row",
      fiberG:
        "USDA FoodData Central, SR Legacy 'Cabbage, kimchi' (per 100 g: 15 kcal, 1.1 g protein, 0.5 g fat, 2.4 g carbohydrate, 1.6 g fiber, 1.06 g sugars, 498 mg sodium); the SR27 extract has no kimchi row",
      totalSugarsG:
        "USDA FoodData Central, SR Legacy 'Cabbage, kimchi' (per 100 g: 15 kcal, 1.1 g protein, 0.5 g fat, 2.4 g carbohydrate, 1.6 g fiber, 1.06 g sugars, 498 mg sodium); the SR27 extract has no kimchi row",
      sodiumMg:
        "USDA FoodData Central, SR Legacy 'Cabbage, kimchi' (per 100 g: 15 kcal, 1.1 g protein, 0.5 g fat, 2.4 g carbohydrate, 1.6 g fiber, 1.06 g sugars, 498 mg sodium); the SR27 extract has no kimchi row",
    },
    portions: [
      { label: "1/2 cup", grams: 75 },
      { label: "1 cup", grams: 150 },
    ],
  },
  // Salt-brine (lacto-fermented) sour pickles from the chilled aisle; USDA's sour-pickle row gives the composition. Vinegar pickles on the shelf are not live (see dill pickles).
  {
    key: "pickles-fermented",
    ndb: "11941",
    name: "Fermented sour pickles (chilled, unpasteurised)",
    aisle: "refrigerated",
    role: "fermented-side",
    nova: 3,
    dietTags: ["vegan", "vegetarian", "pescatarian"],
    freeSugars: "none",
    plantType: "cucumber",
    fruitVegShare: 1,
    liveCultures: true,
    fermentedServingG: 70,
    portions: [
      { label: "1 large pickle", grams: 70 },
      { label: "1 spear", grams: 35 },
    ],
  },
  {
    key: "pickles-dill",
    ndb: "11937",
    name: "Dill pickles (jarred, vinegar)",
    aisle: "canned-jarred",
    role: "fermented-side",
    nova: 3,
    dietTags: ["vegan", "vegetarian", "pescatarian"],
    freeSugars: "none",
    plantType: "cucumber",
    fruitVegShare: 1,
    liveCultures: false,
    portions: [{ label: "1 spear", grams: 35 }],
  },
  // Soybeans fermented with Bacillus subtilis var. natto and eaten uncooked: live. The sauce sachet in the pack is not included.
  {
    key: "natto",
    ndb: "16113",
    name: "Natto (fermented soybeans)",
    aisle: "refrigerated",
    role: "plant-protein",
    nova: 1,
    dietTags: ["vegan", "vegetarian", "pescatarian", "soy"],
    freeSugars: "none",
    plantType: "soy",
    liveCultures: true,
    fermentedServingG: 50,
    portions: [
      { label: "1 pack (50 g)", grams: 50 },
      { label: "1 small pack (40 g)", grams: 40 },
    ],
  },
  // Tempeh is cooked before eating, so it has no live cultures (SCORING.md). USDA has no fiber or sugars for tempeh; they stay unknown (null) rather than a silent 0.
  {
    key: "tempeh",
    ndb: "16114",
    name: "Tempeh",
    aisle: "refrigerated",
    role: "plant-protein",
    nova: 1,
    dietTags: ["vegan", "vegetarian", "pescatarian", "soy"],
    freeSugars: "none",
    plantType: "soy",
    liveCultures: false,
    portions: [
      { label: "1 block (200 g)", grams: 200 },
      { label: "100 g portion", grams: 100 },
    ],
  },
  // Most miso sold is pasteurised, and it is usually stirred into hot soup: not live by default (SCORING.md). Rice-koji miso is gluten-free; barley (mugi) miso is not, so check the label.
  {
    key: "miso",
    ndb: "16112",
    name: "Miso paste",
    aisle: "refrigerated",
    role: "condiment",
    nova: 3,
    dietTags: ["vegan", "vegetarian", "pescatarian", "soy"],
    freeSugars: "none",
    plantType: "soy",
    liveCultures: false,
    portions: [
      { label: "1 tbsp", grams: 17 },
      { label: "1 tsp", grams: 6 },
    ],
  },
  // Role "sweet-drink": kombucha is bought and drunk in place of a soft drink, so a cola can be
  // swapped for it (fewer free sugars, live cultures). Its sugars are the residue of the sugar
  // fed to the culture plus fruit juice, so all of them are free sugars. No plant type: like a
  // juice, it is an infusion rather than the plant itself.
  {
    key: "kombucha",
    name: "Kombucha",
    aisle: "refrigerated",
    role: "sweet-drink",
    nova: 3,
    dietTags: ["vegan", "vegetarian", "pescatarian"],
    freeSugars: "all",
    liveCultures: true,
    fermentedServingG: 190,
    densityGPerMl: 1,
    nutrients: {
      energyKcal: 13,
      proteinG: 0,
      fatG: 0,
      saturatedFatG: 0,
      carbohydrateG: 2.5,
      fiberG: 0,
      totalSugarsG: 2.5,
      sodiumMg: null,
    },
    sources: {
      energyKcal: "computed: 2.5 g carbohydrate x 4 kcal/g + ~0.4 g ethanol (kombucha is under 0.5% ABV) x 7 kcal/g",
      proteinG: "GT's Synergy kombucha label: 0 g protein",
      fatG: "GT's Synergy kombucha label: 0 g fat",
      saturatedFatG: "GT's Synergy kombucha label: 0 g fat, so 0 g saturated fat",
      carbohydrateG: "GT's Synergy kombucha label: 12 g carbohydrate per 16 fl oz (473 ml) bottle, scaled to 100 ml at 1.0 g/ml",
      fiberG: "GT's Synergy kombucha label: 0 g fiber",
      totalSugarsG: "GT's Synergy kombucha label: 12 g total sugars per 16 fl oz (473 ml) bottle, scaled to 100 ml",
      sodiumMg: "unknown: not taken from a source we could check",
      portions: "Wastyk et al. 2021: 190 ml = 1 serving; bottle sizes as sold",
    },
    portions: [
      { label: "1 serving (190 ml)", grams: 190 },
      { label: "1 bottle (16 fl oz, 473 ml)", grams: 473 },
      { label: "1 bottle (330 ml)", grams: 330 },
    ],
  },
  // Fermented rye-bread drink (lactic bacteria and yeast). Only the unpasteurised kind from the
  // chilled aisle is live; bottled shelf-stable kvass is pasteurised. Its sugars are residual
  // added sugar and malt sugars: free sugars. Contains gluten (rye, barley malt).
  {
    key: "kvass",
    name: "Kvass, unpasteurised (live)",
    aisle: "refrigerated",
    role: "sweet-drink",
    nova: 3,
    dietTags: ["vegan", "vegetarian", "pescatarian", "gluten"],
    freeSugars: "all",
    liveCultures: true,
    fermentedServingG: 190,
    densityGPerMl: 1.01,
    nutrients: {
      energyKcal: 27,
      proteinG: 0.2,
      fatG: 0,
      saturatedFatG: 0,
      carbohydrateG: 5.2,
      fiberG: 0,
      totalSugarsG: 4,
      sodiumMg: null,
    },
    sources: {
      energyKcal:
        "Skurikhin & Tutelyan, Chemical composition of Russian food products (2002), 'bread kvass': 27 kcal per 100 g (includes ~0.7 g ethanol; kvass is under 1.2% ABV)",
      proteinG: "Skurikhin & Tutelyan (2002), bread kvass: 0.2 g protein per 100 g",
      fatG: "Skurikhin & Tutelyan (2002), bread kvass: 0 g fat",
      saturatedFatG: "Skurikhin & Tutelyan (2002), bread kvass: 0 g fat, so 0 g saturated fat",
      carbohydrateG: "Skurikhin & Tutelyan (2002), bread kvass: 5.2 g carbohydrate per 100 g",
      fiberG: "filtered drink: no dietary fiber (Skurikhin & Tutelyan list none)",
      totalSugarsG: "estimate: composition surveys give 0.3-5.2% sugar in kvass, about 3-4 g/100 ml in traditional kvass; 4.0 g taken",
      sodiumMg: "unknown: not given by the source used",
      portions: "a glass, the same amount as the Wastyk kombucha serving",
    },
    portions: [
      { label: "1 glass (190 ml)", grams: 192 },
      { label: "1 bottle (500 ml)", grams: 505 },
    ],
  },
];
