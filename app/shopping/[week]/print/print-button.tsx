"use client";

import { Button } from "@/components/ui/button";

export function PrintButton() {
  return (
    <Button type="button" className="min-h-12" onClick={() => window.print()}>
      Print
    </Button>
  );
}
