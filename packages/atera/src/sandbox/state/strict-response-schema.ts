import { z } from 'zod';

/**
 * A generated response schema made strict and complete (tests only): every declared property is
 * required (null still allowed where the spec allows it) and unknown ones are rejected, at every depth.
 */
export function strictResponseSchema(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional) return strictResponseSchema(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodNullable) return strictResponseSchema(schema.unwrap() as z.ZodType).nullable();
  if (schema instanceof z.ZodArray) return z.array(strictResponseSchema(schema.element as z.ZodType));
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, value]) => [key, strictResponseSchema(value)]));
    return z.strictObject(shape);
  }
  return schema;
}
