// The one fixed list of plant types for the "30 plants a week" component (SCORING.md,
// "Plant diversity"; McDonald et al. 2018, mSystems 3:e00031-18). Every catalog food,
// recipe ingredient and person's own food that names a plant type must use one of these
// strings; scripts/catalog/build-catalog.ts refuses anything else.
//
// How a type is drawn (docs/catalog.md has the worked examples):
// - One type per *culinary crop*, the thing a cook or shopper treats as its own
//   ingredient. Crops bred from one species but cooked as different vegetables are
//   different types: kale, cabbage, broccoli, cauliflower, Brussels sprouts and kohlrabi
//   are all Brassica oleracea; beet and chard are both Beta vulgaris; bell pepper and
//   chili pepper are both Capsicum annuum. People shop and cook them as different
//   vegetables, and the microbiome studies counted what people reported eating, which is
//   culinary, not botanical.
// - One crop in different forms, stages or degrees of processing is one type: white and
//   whole-wheat bread, bulgur, couscous and pasta are "wheat"; edamame, tofu, soy milk,
//   miso and natto are "soy"; green peas and split peas are "pea"; sweet corn, polenta and
//   corn tortillas are "corn"; raisins are "grape"; prunes are "plum"; fresh and ground
//   ginger are "ginger"; cilantro and coriander seed are "coriander".
// - Varieties of one crop are one type: all lettuces are "lettuce", white, brown and
//   portobello mushrooms (all Agaricus bisporus) are "mushroom", cantaloupe and honeydew
//   are "melon", nectarines are "peach", clementines and tangerines are "mandarin".
// - Culinary-named beans stay separate, as shoppers know them: black bean, kidney bean,
//   pinto bean and white bean (navy, cannellini, haricot, great northern) are different
//   types even though all are Phaseolus vulgaris, and green beans are their own vegetable.
// - Oils, sugars, juices and mixed products carry no type (SCORING.md); that is decided
//   per food in the catalog, not here.
// - Herbs and spices are listed by name. Whether a food counts a quarter is the food's
//   `herbOrSpice` flag, not the type: garlic is a vegetable as a clove and a spice as a
//   powder, and both are "garlic".
//
// Strings are lower-case singular nouns. Add a type by appending it in its group; never
// rename one (planned weeks and people's own foods store these strings).
export const PLANT_TYPES = [
  // Grains and pseudo-grains
  "wheat",
  "spelt",
  "rice",
  "wild rice",
  "oat",
  "barley",
  "rye",
  "corn",
  "quinoa",
  "buckwheat",
  "millet",
  "sorghum",
  "teff",
  "amaranth",

  // Legumes
  "soy",
  "chickpea",
  "lentil",
  "black bean",
  "kidney bean",
  "pinto bean",
  "white bean",
  "lima bean",
  "black-eyed pea",
  "fava bean",
  "mung bean",
  "adzuki bean",
  "pea",
  "green bean",
  "peanut",
  "lupin",

  // Nuts and seeds
  "almond",
  "walnut",
  "cashew",
  "pecan",
  "pistachio",
  "hazelnut",
  "macadamia",
  "brazil nut",
  "pine nut",
  "chestnut",
  "coconut",
  "sunflower seed",
  "pumpkin seed",
  "sesame",
  "flaxseed",
  "chia",
  "hemp seed",

  // Roots and tubers
  "potato",
  "sweet potato",
  "yam",
  "cassava",
  "taro",
  "carrot",
  "parsnip",
  "beet",
  "turnip",
  "rutabaga",
  "radish",
  "celeriac",
  "jerusalem artichoke",
  "jicama",

  // Brassicas (separate culinary vegetables; see the note above)
  "broccoli",
  "cauliflower",
  "cabbage",
  "kale",
  "brussels sprout",
  "kohlrabi",
  "collard green",
  "bok choy",
  "chinese cabbage",
  "mustard green",
  "broccoli rabe",
  "arugula",
  "watercress",

  // Leafy and salad vegetables
  "spinach",
  "chard",
  "lettuce",
  "endive",
  "radicchio",
  "lamb's lettuce",
  "dandelion green",

  // Alliums
  "onion",
  "spring onion",
  "leek",
  "shallot",
  "garlic",
  "chives",

  // Fruiting and other vegetables
  "tomato",
  "bell pepper",
  "chili pepper",
  "eggplant",
  "zucchini",
  "pumpkin",
  "winter squash",
  "cucumber",
  "okra",
  "asparagus",
  "artichoke",
  "celery",
  "fennel",
  "avocado",
  "olive",
  "alfalfa",
  "bamboo shoot",
  "water chestnut",
  "seaweed",

  // Mushrooms (fungi, counted as plants as SCORING.md says)
  "mushroom",
  "shiitake",
  "oyster mushroom",
  "enoki",
  "maitake",
  "chanterelle",
  "morel",

  // Fruit
  "apple",
  "pear",
  "banana",
  "plantain",
  "orange",
  "mandarin",
  "grapefruit",
  "lemon",
  "lime",
  "grape",
  "strawberry",
  "blueberry",
  "raspberry",
  "blackberry",
  "cranberry",
  "currant",
  "gooseberry",
  "elderberry",
  "cherry",
  "peach",
  "plum",
  "apricot",
  "mango",
  "pineapple",
  "kiwi",
  "melon",
  "watermelon",
  "papaya",
  "pomegranate",
  "fig",
  "date",
  "passion fruit",
  "guava",
  "lychee",
  "persimmon",
  "rhubarb",
  "quince",
  "starfruit",
  "dragon fruit",
  "jackfruit",

  // Drinks and treats made of one plant
  "coffee",
  "tea",
  "cocoa",
  "carob",

  // Herbs (fresh or dried)
  "basil",
  "oregano",
  "thyme",
  "rosemary",
  "sage",
  "parsley",
  "mint",
  "dill",
  "coriander",
  "tarragon",
  "marjoram",
  "bay leaf",
  "chervil",
  "savory",
  "lemongrass",

  // Spices
  "cinnamon",
  "turmeric",
  "ginger",
  "black pepper",
  "cumin",
  "paprika",
  "nutmeg",
  "clove",
  "cardamom",
  "allspice",
  "star anise",
  "anise",
  "fennel seed",
  "caraway",
  "mustard seed",
  "fenugreek",
  "saffron",
  "vanilla",
  "poppy seed",
  "sumac",
  "juniper",
  "horseradish",
  "wasabi",
  "caper",
] as const;

export type PlantType = (typeof PLANT_TYPES)[number];

const PLANT_TYPE_SET: ReadonlySet<string> = new Set(PLANT_TYPES);

export function isPlantType(value: string): value is PlantType {
  return PLANT_TYPE_SET.has(value);
}
