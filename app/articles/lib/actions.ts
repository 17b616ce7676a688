"use server";

import { validatedAction } from "@/lib/validated-action";
import { articleActions } from "./article-mutations";

export const previewArticle = validatedAction(articleActions.previewArticle);
export const saveArticle = validatedAction(articleActions.saveArticle);
