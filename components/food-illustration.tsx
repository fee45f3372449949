// The category pictures (lib/domain/illustrations.ts says which one a food or recipe gets), drawn
// from Lucide's icon data. The `lucide` package exports each icon as plain data (its SVG elements
// and their attributes), one module per icon, so only the icons imported here reach a bundle, and
// this file needs no hooks: server pages render it to inline SVG with no client code, and the
// planner's client components render the same markup.
//
// Pictures are decorative: the visible name next to each one says what it is, so every <svg> is
// aria-hidden and focusable="false" (older Edge and IE put a bare <svg> in the Tab order). Strokes
// are currentColor, so a picture takes its text's colour in light and dark mode. The sizes and
// stroke style live in app/globals.css (`svg[data-illustration]`): the planner repeats this markup
// for every item and pays for each attribute twice over.
import { createElement, type ReactNode } from "react";
import {
  Amphora,
  Apple,
  Bean,
  Beef,
  Cake,
  CakeSlice,
  Can,
  Candy,
  Carrot,
  Coffee,
  Cookie,
  CookingPot,
  Croissant,
  CupSoda,
  Droplet,
  Droplets,
  Drumstick,
  Egg,
  EggFried,
  Fish,
  GlassWater,
  Grape,
  Hamburger,
  Leaf,
  LeafyGreen,
  Milk,
  Nut,
  Package,
  Popcorn,
  Refrigerator,
  Salad,
  Sandwich,
  ShoppingBasket,
  Snowflake,
  Soup,
  Utensils,
  Vegan,
  Wheat,
  Wine,
  type IconNode,
} from "lucide";
import type { Illustration } from "@/lib/domain/illustrations";

/** Each illustration's drawing. A `Record` over the list, so a new illustration without one fails the type check. */
export const ILLUSTRATION_ICONS: Readonly<Record<Illustration, IconNode>> = {
  amphora: Amphora,
  apple: Apple,
  bean: Bean,
  beef: Beef,
  cake: Cake,
  "cake-slice": CakeSlice,
  can: Can,
  candy: Candy,
  carrot: Carrot,
  coffee: Coffee,
  cookie: Cookie,
  "cooking-pot": CookingPot,
  croissant: Croissant,
  "cup-soda": CupSoda,
  droplet: Droplet,
  droplets: Droplets,
  drumstick: Drumstick,
  egg: Egg,
  "egg-fried": EggFried,
  fish: Fish,
  "glass-water": GlassWater,
  grape: Grape,
  hamburger: Hamburger,
  leaf: Leaf,
  "leafy-green": LeafyGreen,
  milk: Milk,
  nut: Nut,
  package: Package,
  popcorn: Popcorn,
  refrigerator: Refrigerator,
  salad: Salad,
  sandwich: Sandwich,
  "shopping-basket": ShoppingBasket,
  snowflake: Snowflake,
  soup: Soup,
  utensils: Utensils,
  vegan: Vegan,
  wheat: Wheat,
  wine: Wine,
};

/** Lucide draws every icon on a 24 × 24 grid. */
const VIEW_BOX = "0 0 24 24";

function drawing(name: Illustration): ReactNode[] {
  return ILLUSTRATION_ICONS[name].map(([tag, attributes], index) => createElement(tag, { key: index, ...attributes }));
}

interface FoodIllustrationProps {
  name: Illustration;
  /** Size and colour; the default is 1.25rem in the text's colour. */
  className?: string;
}

/** One category picture, decorative. */
export function FoodIllustration({ name, className }: FoodIllustrationProps) {
  return (
    <svg aria-hidden="true" focusable="false" data-illustration={name} className={className} viewBox={VIEW_BOX}>
      {drawing(name)}
    </svg>
  );
}
