"""Language side: Swedish tokenizer rules, paragraph sentence breaks, punctuation heads, entity edges, model loading."""
