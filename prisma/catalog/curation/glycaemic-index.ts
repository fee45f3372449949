// Curated glycaemic levels of the catalog's carbohydrate foods, for the skin-focus notes
// (SCORING.md, "v2 additions": acne and low-glycaemic-load diets, Smith et al. 2007). A flag
// with a source, never points. Joined with the foods by scripts/catalog/glycaemic.ts, which also
// holds the rule for which foods must be here; docs/catalog.md ("Glycaemic level") explains both.
//
// Levels follow the International Tables of Glycemic Index (Atkinson, Brand-Miller, Foster-Powell,
// Buyken, Goletzke 2021, AJCN 114:1625), glucose = 100: low <= 55, medium 56-69, high >= 70.
// "mean" values are the tables' averages over many studies for common foods (first tabulated in
// the 2008 edition, Atkinson et al., Diabetes Care 31:2281, Table 1, and kept in the 2021
// tables); a named product is that product's entry. GI is measured on the food as eaten, so a
// dry grain or pulse takes the level of the cooked food. Where the tables have no close entry the
// basis says so and how the level was chosen. A mixed dish takes the level of the carbohydrate food
// that brings most of its carbohydrate (a burger: the bun), since a meal's GI is the
// carbohydrate-weighted GI of its parts.
//
// `level: null` groups are carbohydrate foods by the rule that are deliberately not rated; the
// basis says why. Every other food (meat, fish, eggs, oils, cheese, most vegetables, herbs,
// spices, water, coffee and tea...) is not listed and gets null.
import type { GlycaemicGroup } from "./types";

export const glycaemicGroups: GlycaemicGroup[] = [
  // ---- Breads ----------------------------------------------------------------------------------
  {
    level: "high",
    basis: "white wheat bread, mean 75",
    keys: ["white-bread", "italian-bread", "focaccia"],
  },
  { level: "high", basis: "whole wheat (whole-meal) bread, mean 74", keys: ["wholewheat-bread"] },
  { level: "high", basis: "baguette, white, plain 95", keys: ["baguette"] },
  { level: "high", basis: "bagel, white 72", keys: ["bagel"] },
  { level: "high", basis: "unleavened wheat bread, mean 70", keys: ["matzo"] },
  {
    level: "high",
    basis: "no naan mean; a leavened white-flour flatbread like white wheat bread (mean 75), so high",
    keys: ["naan"],
  },
  { level: "high", basis: "waffles (Aunt Jemima) 76", keys: ["waffles-frozen"] },
  {
    level: "high",
    basis: "no close entry for frozen pancakes; they are white flour and sugar, like white wheat bread (mean 75), so high",
    keys: ["pancakes-frozen"],
  },
  { level: "medium", basis: "croissant 67", keys: ["croissant"] },
  { level: "medium", basis: "pita bread, white 68", keys: ["pita-white"] },
  {
    level: "medium",
    basis:
      "no entry for whole-wheat pita; whole-meal flour breads test no lower than white ones (74 against 75), so it takes white pita's 68",
    keys: ["pita-wholewheat"],
  },
  {
    level: "medium",
    basis:
      "no close entry for a sliced multigrain loaf: breads with whole kernels average 53, breads of milled white or whole-meal flour 74-75; a loaf of milled flours with some seeds sits between, so medium",
    keys: ["multigrain-bread"],
  },
  {
    level: "medium",
    basis: "pumpernickel bread 56; rye breads of milled rye flour test in the medium range",
    keys: ["rye-bread", "pumpernickel"],
  },
  { level: "low", basis: "sourdough wheat bread 54 (the souring slows starch digestion)", keys: ["sourdough-bread"] },
  { level: "low", basis: "chapatti, mean 52", keys: ["chapati"] },
  { level: "low", basis: "corn tortilla, mean 46", keys: ["corn-tortilla"] },
  { level: "low", basis: "wheat tortilla 30", keys: ["flour-tortilla"] },

  // ---- Breakfast cereals ---------------------------------------------------------------------
  { level: "high", basis: "cornflakes, mean 81", keys: ["corn-flakes"] },
  { level: "high", basis: "Rice Krispies (puffed rice cereal) 82", keys: ["crisped-rice", "puffed-rice"] },
  { level: "high", basis: "puffed wheat, average 80", keys: ["puffed-wheat"] },
  { level: "high", basis: "Cheerios (toasted oat rings) 74", keys: ["toasted-oat-rings"] },
  { level: "high", basis: "bran flakes 74", keys: ["bran-flakes"] },
  { level: "high", basis: "Shredded Wheat 75-83", keys: ["shredded-wheat"] },
  { level: "high", basis: "instant oat porridge, mean 79 (flavoring does not make it slower)", keys: ["instant-oatmeal-maple"] },
  { level: "medium", basis: "Raisin Bran (Kellogg's) 61", keys: ["raisin-bran"] },
  { level: "medium", basis: "Froot Loops 69", keys: ["fruity-rings"] },
  {
    level: "medium",
    basis:
      "no entry for honey-coated oat rings: plain Cheerios are 74, and a sugar coating lowers a cereal's GI (Frosties 55 against cornflakes 81), so medium",
    keys: ["honey-oat-rings"],
  },
  { level: "medium", basis: "muesli, mean 57", keys: ["granola"] },
  { level: "low", basis: "Frosties (sugar-coated cornflakes) 55", keys: ["frosted-flakes"] },
  { level: "low", basis: "porridge made from rolled oats, mean 55", keys: ["rolled-oats", "porridge"] },
  {
    level: "low",
    basis: "porridge made from rolled oats, mean 55; steel-cut oats are cut, not rolled and steamed, so they digest no faster",
    keys: ["steel-cut-oats"],
  },

  // ---- Rice and other grains --------------------------------------------------------------------
  { level: "high", basis: "white rice, boiled, mean 73", keys: ["white-rice", "white-rice-cooked"] },
  {
    level: "high",
    basis: "white rice, boiled, mean 73; sticky short-grain rices test at the top of the tables' rice range",
    keys: ["sushi-rice"],
  },
  { level: "medium", basis: "Arborio risotto rice, boiled 69", keys: ["risotto-rice"] },
  { level: "medium", basis: "brown rice, boiled, mean 68", keys: ["brown-rice", "brown-rice-cooked"] },
  { level: "medium", basis: "basmati rice, boiled, about 58", keys: ["basmati-rice", "basmati-rice-cooked"] },
  { level: "medium", basis: "wild rice, boiled 57", keys: ["wild-rice", "wild-rice-cooked"] },
  { level: "low", basis: "parboiled (converted) rice 38-50 (Uncle Ben's converted 38)", keys: ["parboiled-rice", "parboiled-rice-cooked"] },
  { level: "medium", basis: "couscous, mean 65", keys: ["couscous", "couscous-cooked"] },
  { level: "medium", basis: "millet porridge, mean 67", keys: ["millet", "millet-cooked"] },
  {
    level: "medium",
    basis: "no close entry for boiled teff grain; it is cooked like millet (millet porridge, mean 67), so medium",
    keys: ["teff"],
  },
  { level: "medium", basis: "cornmeal cooked as porridge (polenta) about 68", keys: ["polenta", "cornmeal-wholegrain"] },
  {
    level: "high",
    basis:
      "no entry for boiled amaranth grain; its starch is almost all amylopectin and the amaranth entries (popped amaranth with milk) are about 97, so high",
    keys: ["amaranth"],
  },
  { level: "low", basis: "quinoa, boiled 53", keys: ["quinoa", "quinoa-cooked"] },
  { level: "low", basis: "buckwheat groats, boiled 45-54", keys: ["buckwheat", "buckwheat-cooked"] },
  { level: "low", basis: "bulgur, boiled, average 48", keys: ["bulgur", "bulgur-cooked"] },
  { level: "low", basis: "barley, mean 28", keys: ["pearl-barley", "pearl-barley-cooked", "hulled-barley"] },
  {
    level: "low",
    basis: "no entry for spelt grain; whole wheat kernels, boiled, are 30-45, and spelt is a wheat cooked whole",
    keys: ["spelt", "spelt-cooked"],
  },

  // ---- Pasta and noodles ------------------------------------------------------------------------
  {
    level: "low",
    basis: "spaghetti, white, mean 49 (macaroni 47)",
    keys: ["spaghetti", "spaghetti-cooked", "pasta-shapes", "pasta-shapes-cooked"],
  },
  { level: "low", basis: "spaghetti, whole-meal, mean 48", keys: ["wholewheat-pasta", "wholewheat-spaghetti-cooked"] },
  { level: "low", basis: "egg fettuccine 32-40: egg pasta is as slow as plain pasta", keys: ["egg-noodles", "egg-noodles-cooked"] },
  { level: "low", basis: "rice noodles, mean 53", keys: ["rice-noodles", "rice-noodles-cooked"] },
  { level: "low", basis: "instant noodles, average 47", keys: ["instant-noodles"] },

  // ---- Potatoes, sweet potatoes, plantain -------------------------------------------------------
  {
    level: "high",
    basis: "potato, boiled, mean 78 (baked potatoes are higher still)",
    keys: ["potato", "potato-boiled", "potato-boiled-skin", "potato-red", "potato-russet", "potato-baked"],
  },
  { level: "medium", basis: "potato, French fries, mean 63", keys: ["fries-frozen", "fries-oven-baked"] },
  {
    level: "medium",
    basis: "sweet potato, boiled, mean 63 (baking can raise it)",
    keys: ["sweet-potato", "sweet-potato-boiled", "sweet-potato-baked"],
  },
  { level: "low", basis: "plantain or green banana, mean 55", keys: ["plantain", "plantain-cooked"] },

  // ---- Legumes --------------------------------------------------------------------------------------
  {
    level: "low",
    basis: "chickpeas, mean 28; kidney beans 24; lentils 32; soya beans 16; dried beans and peas are all low (24-42)",
    keys: [
      "chickpeas",
      "chickpeas-cooked",
      "lentils",
      "lentils-cooked",
      "red-lentils",
      "kidney-beans",
      "kidney-beans-cooked",
      "black-beans",
      "black-beans-cooked",
      "navy-beans",
      "navy-beans-cooked",
      "pinto-beans",
      "pinto-beans-cooked",
      "black-eyed-peas-cooked",
      "lima-beans-cooked",
      "mung-beans-cooked",
      "split-peas",
      "split-peas-cooked",
      "soybeans",
    ],
  },
  {
    level: "low",
    basis:
      "canned legumes test a little higher than home-cooked ones and stay low (canned chickpeas 38-42, canned kidney beans 52, canned pinto beans 45)",
    keys: ["chickpeas-canned", "kidney-beans-canned", "pinto-beans-canned", "white-beans-canned"],
  },
  { level: "low", basis: "baked beans, average 40", keys: ["baked-beans"] },
  {
    level: "low",
    basis:
      "no entry for mature dried fava beans (the tables' 79 is for frozen green broad beans, a different food); every dried bean in the tables is low (24-42)",
    keys: ["fava-beans-cooked"],
  },

  // ---- Vegetables -------------------------------------------------------------------------------
  { level: "low", basis: "sweet corn, mean 52", keys: ["sweet-corn-cob", "sweet-corn-frozen", "sweet-corn-canned"] },
  { level: "low", basis: "parsnips 52", keys: ["parsnip", "parsnip-boiled"] },
  {
    level: "low",
    basis:
      "no entry for coleslaw: its carbohydrate is the sugar of a mayonnaise dressing, eaten with fat and cabbage fiber, like other sweet foods with fat (ice cream, mean 51), so low",
    keys: ["coleslaw"],
  },

  // ---- Fruit --------------------------------------------------------------------------------------
  { level: "low", basis: "apple, raw, mean 36", keys: ["apple", "applesauce"] },
  { level: "low", basis: "orange, raw, mean 43", keys: ["orange", "clementine", "tangerine", "mandarins-canned"] },
  { level: "low", basis: "banana, raw, mean 51", keys: ["banana"] },
  { level: "low", basis: "mango, raw, mean 51", keys: ["mango"] },
  { level: "low", basis: "peaches, canned, mean 43; fresh peach 42", keys: ["peach", "nectarine", "peaches-canned"] },
  { level: "low", basis: "apricot, raw 34", keys: ["apricot"] },
  {
    level: "low",
    basis:
      "apricots canned in light syrup are 64 and fresh ones 34; packed in juice they behave like peaches canned in juice (mean 43), so low",
    keys: ["apricots-canned"],
  },
  { level: "low", basis: "pear, raw 38; pear canned in pear juice 43", keys: ["pear", "pears-canned"] },
  { level: "low", basis: "cherries, raw 22", keys: ["cherries", "sour-cherries-frozen"] },
  { level: "low", basis: "plum, raw 24-39", keys: ["plum"] },
  { level: "low", basis: "grapefruit, raw 25", keys: ["grapefruit"] },
  { level: "low", basis: "kiwi fruit, average 53", keys: ["kiwi"] },
  { level: "low", basis: "fruit cocktail, canned 55", keys: ["fruit-cocktail-canned"] },
  { level: "low", basis: "strawberries, raw 40", keys: ["strawberries", "strawberries-frozen"] },
  { level: "low", basis: "blueberries, raw 53", keys: ["blueberries", "blueberries-frozen"] },
  {
    level: "low",
    basis:
      "no entry for these berries; the berries in the tables are low (strawberries 40, blueberries 53) and these have less sugar and more fiber",
    keys: ["blackberries", "blackberries-frozen", "raspberries", "raspberries-frozen", "red-currants", "cranberries"],
  },
  {
    level: "low",
    basis:
      "no entry for these fresh fruits; the whole fresh fruits in the tables are low (apple 36, orange 43, banana 51) except melons and pineapple, so low",
    keys: ["fig", "pomegranate", "persimmon", "passion-fruit", "guava"],
  },
  { level: "medium", basis: "pineapple, raw, mean 59", keys: ["pineapple"] },
  {
    level: "medium",
    basis: "no juice-packed pineapple entry we rely on; it takes fresh pineapple's mean of 59",
    keys: ["pineapple-canned"],
  },
  { level: "medium", basis: "grapes, average 59", keys: ["grapes"] },
  { level: "medium", basis: "papaya, raw 59-60", keys: ["papaya"] },
  { level: "medium", basis: "cantaloupe, raw 65", keys: ["cantaloupe"] },
  { level: "medium", basis: "no honeydew entry; a melon of the same sugars as cantaloupe (65)", keys: ["honeydew"] },
  {
    level: "medium",
    basis: "the only lychee entry is canned in syrup (79); fresh fruit without syrup tests lower, so medium, like grapes (59)",
    keys: ["lychee"],
  },
  { level: "high", basis: "watermelon, raw, mean 76", keys: ["watermelon"] },

  // ---- Dried fruit ------------------------------------------------------------------------------
  { level: "medium", basis: "raisins 64", keys: ["raisins", "currants-dried"] },
  { level: "medium", basis: "sultanas 56", keys: ["sultanas"] },
  { level: "medium", basis: "dried figs 61", keys: ["dried-figs"] },
  { level: "medium", basis: "sweetened dried cranberries (Ocean Spray) 64", keys: ["dried-cranberries"] },
  { level: "low", basis: "dates, mean 42", keys: ["dates", "medjool-dates"] },
  { level: "low", basis: "dried apricots 30-32", keys: ["dried-apricots"] },
  { level: "low", basis: "prunes, pitted 29", keys: ["prunes"] },
  { level: "low", basis: "dried apple 29", keys: ["dried-apple"] },

  // ---- Nuts, seeds and spreads ----------------------------------------------------------------------
  {
    level: "low",
    basis: "nuts are low in the tables (peanuts 7-14, cashews 22-27); seeds and nut butters have no mean but the same fat and protein",
    keys: [
      "cashews",
      "cashews-roasted",
      "mixed-nuts",
      "peanuts-roasted",
      "pistachios",
      "pistachios-roasted",
      "almonds-roasted",
      "sesame-seeds",
      "sunflower-seeds",
      "sunflower-seeds-roasted",
      "peanut-butter",
      "peanut-butter-crunchy",
      "cashew-butter",
      "tahini",
    ],
  },
  {
    level: "medium",
    basis:
      "no entry we could verify for chestnuts; unlike other nuts they are starchy and almost fat-free, eaten cooked like a starchy vegetable (sweet potato, mean 63), so medium",
    keys: ["chestnuts-roasted"],
  },
  { level: "low", basis: "strawberry jam, mean 49", keys: ["jam"] },
  { level: "low", basis: "orange marmalade 48", keys: ["marmalade"] },
  { level: "low", basis: "Nutella (chocolate hazelnut spread) 33", keys: ["chocolate-hazelnut-spread"] },

  // ---- Sugars and syrups ---------------------------------------------------------------------------
  { level: "medium", basis: "sucrose, mean 65", keys: ["sugar", "brown-sugar"] },
  { level: "medium", basis: "honey, mean 61", keys: ["honey"] },
  { level: "low", basis: "pure maple syrup 54", keys: ["maple-syrup"] },
  { level: "low", basis: "agave syrup about 11-19 (mostly fructose; fructose, mean 15)", keys: ["agave-syrup"] },
  {
    level: "high",
    basis:
      "no entry for table syrup: two thirds of its carbohydrate is corn syrup, glucose and its chains, not sugars (glucose 100, maltose 105), so high",
    keys: ["pancake-syrup"],
  },

  // ---- Milk, yogurt and plant drinks ---------------------------------------------------------------
  {
    level: "low",
    basis: "milk, full fat, mean 39; skim 37 (goat milk has the same lactose)",
    keys: ["milk-whole", "milk-2-percent", "milk-semi-skimmed", "milk-skim", "goat-milk"],
  },
  {
    level: "low",
    basis: "fermented milks sit with milk (mean 37-39) and yogurt (fruit yogurt, mean 41)",
    keys: ["buttermilk-cultured-lowfat", "kefir-plain-lowfat", "kefir-strawberry-lowfat"],
  },
  {
    level: "low",
    basis:
      "no single chocolate-milk mean; milk (37-39) and chocolate (40) are low, and sweetened milks stay low because lactose and milk protein slow them",
    keys: ["chocolate-milk-lowfat", "chocolate-milk-whole"],
  },
  {
    level: "low",
    basis: "yogurt, fruit, mean 41 (plain yogurts are lower)",
    keys: [
      "yogurt-plain-whole",
      "yogurt-plain-lowfat",
      "yogurt-plain-nonfat",
      "greek-yogurt-plain-whole",
      "greek-yogurt-plain-lowfat",
      "greek-yogurt-plain-nonfat",
      "yogurt-vanilla-lowfat",
      "yogurt-fruit-lowfat",
      "greek-yogurt-vanilla-nonfat",
      "greek-yogurt-strawberry",
    ],
  },
  { level: "low", basis: "soy milk, mean 34", keys: ["soy-milk"] },
  {
    level: "low",
    basis: "no soy-yogurt mean; cultured soy milk sits with soy milk (34) and yogurt (41)",
    keys: ["soy-yogurt-plain", "soy-yogurt-vanilla"],
  },
  { level: "high", basis: "rice milk, mean 86", keys: ["rice-milk"] },
  {
    level: "medium",
    basis:
      "no oat-drink entry we could verify; its sugars are maltose made from oat starch by enzymes (maltose 105), slowed by its fat and oat fiber: between rice milk (86) and soy milk (34), so medium",
    keys: ["oat-milk"],
  },
  {
    level: "medium",
    basis:
      "no almond-drink entry we could verify; nearly all its carbohydrate is added cane sugar (sucrose, mean 65), with too little fat or protein to slow it",
    keys: ["almond-milk-sweetened"],
  },
  {
    level: "low",
    basis: "no hot-chocolate mean; cocoa with milk sits with milk (37-39) and chocolate (40)",
    keys: ["hot-cocoa-milk"],
  },
  {
    level: "low",
    basis:
      "no hot-chocolate mean we rely on; a mix of sugar (65), cocoa and milk solids, whose fat and protein pull it toward chocolate (40) and milk (37-39), so low",
    keys: ["hot-chocolate-mix"],
  },

  // ---- Drinks -------------------------------------------------------------------------------------
  {
    level: "medium",
    basis: "soft drinks, mean 59; Coca-Cola 63",
    keys: [
      "cola",
      "root-beer",
      "lemon-lime-soda",
      "ginger-ale",
      "tonic-water",
      "fruit-punch",
      "lemonade",
      "iced-tea-sweetened",
      "energy-drink",
    ],
  },
  { level: "high", basis: "Gatorade 78-89", keys: ["sports-drink"] },
  {
    level: "low",
    basis:
      "unsweetened fruit juices: orange juice, mean 50; apple juice, mean 41; the other unsweetened juices in the tables are low too (pineapple 46, grapefruit 48)",
    keys: [
      "orange-juice",
      "orange-juice-fresh",
      "apple-juice",
      "grapefruit-juice",
      "pineapple-juice",
      "grape-juice",
      "pomegranate-juice",
      "prune-juice",
      "cranberry-juice",
    ],
  },
  {
    level: "medium",
    basis: "no kvass entry; its sugars are malt sugars and added sugar, like a soft drink (soft drinks, mean 59; sucrose 65)",
    keys: ["kvass"],
  },
  {
    level: "high",
    basis: "no entry for alcohol-free beer; its sugars are malt sugars, mostly maltose and glucose (maltose 105, glucose 100)",
    keys: ["beer-alcohol-free"],
  },

  // ---- Desserts -----------------------------------------------------------------------------------
  {
    level: "low",
    basis: "ice cream, mean 51",
    keys: [
      "ice-cream-vanilla",
      "ice-cream-chocolate",
      "ice-cream-light",
      "ice-cream-no-sugar-added",
      "ice-cream-bar",
      "ice-cream-sandwich",
    ],
  },
  { level: "low", basis: "no frozen-yogurt mean; it sits with yogurt (41) and ice cream (51)", keys: ["frozen-yogurt"] },
  { level: "low", basis: "milkshakes are milk (37-39) and ice cream (51), both low", keys: ["milkshake-chocolate", "milkshake-vanilla"] },
  {
    level: "low",
    basis: "milk puddings of milk, starch and sugar test low (custard and instant pudding made with milk, about 35-47)",
    keys: ["chocolate-pudding"],
  },
  {
    level: "medium",
    basis: "no close entry for rice pudding: white rice (73) cooked in milk (37-39) with sugar (65), so between them",
    keys: ["rice-pudding"],
  },
  { level: "low", basis: "no cheesecake entry; a fat-rich dairy dessert like ice cream (mean 51)", keys: ["cheesecake"] },
  {
    level: "medium",
    basis: "no sherbet entry; mostly sugar (sucrose 65) with a little milk and less fat than ice cream",
    keys: ["sherbet-orange"],
  },
  { level: "low", basis: "chocolate cake made from a packet mix, with frosting 38", keys: ["chocolate-cake", "brownies"] },
  { level: "low", basis: "pound cake (Sara Lee) 54", keys: ["pound-cake"] },
  { level: "medium", basis: "no apple-pie entry; its carbohydrate is pastry (59) and sweetened apple", keys: ["apple-pie"] },

  // ---- Sweets, biscuits and bakery snacks -----------------------------------------------------------
  {
    level: "low",
    basis: "chocolate, mean 40 (Snickers 51, peanut M&M's 33)",
    keys: [
      "milk-chocolate",
      "dark-chocolate",
      "dark-chocolate-70",
      "chocolate-chips",
      "candy-bar-kitkat",
      "candy-bar-snickers",
      "chocolate-candies-mms",
      "peanut-butter-cups",
    ],
  },
  { level: "high", basis: "jelly beans 78", keys: ["jelly-beans", "gummy-bears", "gumdrops"] },
  { level: "high", basis: "Life Savers (hard candy) 70", keys: ["hard-candy"] },
  { level: "medium", basis: "marshmallows 62", keys: ["marshmallows"] },
  { level: "medium", basis: "no caramel entry; sugar (sucrose 65) and glucose syrup cooked with milk fat", keys: ["caramels"] },
  { level: "medium", basis: "shortbread 64", keys: ["cookies-shortbread"] },
  { level: "low", basis: "oatmeal cookies 54-55", keys: ["cookies-oatmeal"] },
  {
    level: "medium",
    basis:
      "no close entry; sweet biscuits of white flour and sugar range from oatmeal cookies (55) to vanilla wafers (77), with shortbread at 64, so medium",
    keys: ["cookies-chocolate-chip", "cookies-sandwich", "fig-bars"],
  },
  { level: "high", basis: "graham crackers 74", keys: ["graham-crackers"] },
  {
    level: "medium",
    basis: "no close entry for granola bars: oats (porridge, mean 55) bound with sugar and glucose syrups (65-100), so medium",
    keys: ["granola-bar-chewy", "granola-bar-crunchy"],
  },
  { level: "high", basis: "doughnut, cake type 76", keys: ["doughnut-cake", "doughnut-glazed"] },
  {
    level: "high",
    basis: "no cinnamon-roll entry; a sweet white-flour dough like a doughnut (76) and white bread (75)",
    keys: ["cinnamon-roll"],
  },
  { level: "medium", basis: "blueberry muffin 59", keys: ["muffin-blueberry"] },

  // ---- Savory snacks and crackers ------------------------------------------------------------------
  { level: "high", basis: "pretzels, oven-baked 83", keys: ["pretzels", "pretzels-whole-wheat"] },
  { level: "high", basis: "rice cakes, average 82; rice crackers, mean 87", keys: ["rice-cakes"] },
  { level: "high", basis: "soda crackers (saltines) 74", keys: ["saltine-crackers"] },
  {
    level: "high",
    basis: "no cheese-puff entry; an extruded corn snack, like other extruded and puffed corn foods (cornflakes, mean 81)",
    keys: ["cheese-puffs"],
  },
  { level: "medium", basis: "potato crisps, mean 56", keys: ["potato-chips"] },
  { level: "medium", basis: "popcorn, mean 65", keys: ["popcorn-air-popped"] },
  { level: "low", basis: "microwave popcorn, plain, average 55", keys: ["popcorn-microwave"] },
  { level: "low", basis: "corn chips, plain, salted, average 42", keys: ["tortilla-chips"] },
  { level: "medium", basis: "rye crispbread (Ryvita) 64", keys: ["rye-crispbread"] },
  { level: "medium", basis: "Wheat Thins 67", keys: ["wheat-crackers"] },
  {
    level: "medium",
    basis:
      "no close entry for whole-wheat or cheese crackers; crackers range from rye crispbread (64) to soda crackers (74), and these carry more fiber or fat, so medium",
    keys: ["whole-wheat-crackers", "cheese-crackers"],
  },

  // ---- Mixed dishes: the level of the carbohydrate food that brings most of their carbohydrate --------
  {
    level: "medium",
    basis: "hamburger bun 61: the bun brings nearly all their carbohydrate",
    keys: ["hamburger", "cheeseburger", "big-mac", "crispy-chicken-sandwich", "fish-sandwich", "hot-dog-in-bun"],
  },
  { level: "high", basis: "English muffin bread 77: the muffin brings nearly all the carbohydrate", keys: ["breakfast-muffin-sandwich"] },
  {
    level: "high",
    basis: "a white sub roll brings nearly all the carbohydrate (white wheat bread, mean 75; baguette 95)",
    keys: ["sub-sandwich-cold-cut"],
  },
  {
    level: "low",
    basis: "wheat tortilla 30 and beans (24-42) bring the carbohydrate",
    keys: ["burrito-bean-cheese", "burrito-beef-bean", "burrito-frozen", "quesadilla-chicken"],
  },
  { level: "medium", basis: "taco shells, cornmeal-based 68", keys: ["taco-beef"] },
  { level: "low", basis: "corn chips, average 42", keys: ["nachos-cheese"] },
  {
    level: "medium",
    basis: "no corn-dog entry; its carbohydrate is a sweetened cornmeal batter (cornmeal cooked as porridge about 68)",
    keys: ["corn-dog"],
  },
  { level: "medium", basis: "pizza, cheese 60", keys: ["pizza-cheese", "pizza-pepperoni", "pizza-frozen-cheese"] },
  { level: "low", basis: "chicken nuggets, frozen, reheated 46", keys: ["chicken-nuggets", "chicken-nuggets-frozen"] },
  { level: "low", basis: "fish fingers 38", keys: ["fish-sticks"] },
  {
    level: "low",
    basis: "no surimi entry; a fish paste bound with starch and sugar, like the closest processed fish, fish fingers (38)",
    keys: ["imitation-crab"],
  },
  {
    level: "low",
    basis: "pasta (spaghetti, mean 49) brings the carbohydrate",
    keys: ["lasagna-cheese-frozen", "lasagna-meat-frozen", "lasagna-vegetable-frozen"],
  },
  { level: "medium", basis: "macaroni and cheese, boxed (Kraft) 64", keys: ["mac-and-cheese-boxed", "mac-and-cheese-frozen"] },
  { level: "medium", basis: "no pot-pie entry; pastry (59) brings most of the carbohydrate", keys: ["chicken-pot-pie-frozen"] },
  {
    level: "low",
    basis:
      "no entry; black beans (24-42) and mixed whole grains with mango: beans and fruit bring more than half of the carbohydrate, so low",
    keys: ["bean-bowl-frozen"],
  },

  // ---- Carbohydrate foods by the rule that are not rated ----------------------------------------------
  {
    level: null,
    basis:
      "an ingredient: GI belongs to the food made from it, and the same flour makes foods of every level (durum wheat gives pasta at 49 and couscous at 65; wheat flour gives white bread at 75)",
    keys: ["flour-white", "flour-wholewheat", "flour-buckwheat", "flour-rye-dark", "chickpea-flour", "cornstarch", "semolina"],
  },
  {
    level: null,
    basis: "used by the squeeze or the slice for sourness, never eaten as a fruit portion; the tables test neither",
    keys: ["lemon", "lime"],
  },
  {
    level: null,
    basis: "a flavoring used by the clove, the spoonful or the few grams: a helping of the dish gets a few grams of carbohydrate from it",
    keys: ["garlic", "shallot", "tomato-paste", "sun-dried-tomatoes", "shiitake-dried"],
  },
  {
    level: null,
    basis:
      "a non-starchy vegetable whose carbohydrate is mostly fructans (inulin), which are not digested to glucose; the tables test none",
    keys: ["leek", "jerusalem-artichoke"],
  },
  {
    level: null,
    basis: "a cheese sprinkled by the spoonful; USDA's 14 g of carbohydrate is a by-difference figure, not sugar or starch",
    keys: ["parmesan-grated-shelf"],
  },
  {
    level: null,
    basis: "not known: no beer entry we could verify, and alcohol changes the glucose response; its carbohydrate is mostly dextrins",
    keys: ["beer"],
  },
];
